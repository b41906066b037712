import { Skeleton } from "@/components/Skeleton.tsx";
import { ChainSkeleton } from "@/components/skeletons/ChainSkeleton.tsx";

/** Shown at once when a chain page is opened from another page, until the server answers. */
export default function ChainLoading() {
  return (
    <div className="space-y-6">
      <div aria-hidden className="space-y-2">
        <Skeleton className="h-8 w-56 max-w-full" />
        <Skeleton className="h-4 w-80 max-w-full" />
      </div>
      <ChainSkeleton />
    </div>
  );
}
