import { Skeleton, SkeletonRegion } from "../Skeleton.tsx";

/** A chain page below its title while it loads: health and recommendations, then the charts. */
export function ChainSkeleton() {
  return (
    <SkeletonRegion label="Loading chain">
      <span className="sr-only">Loading chain…</span>
      <div className="space-y-6">
        <div className="grid gap-4 lg:grid-cols-2">
          <Skeleton className="h-48" />
          <Skeleton className="h-48" />
        </div>
        <Skeleton className="h-8 w-64 max-w-full" />
        <div className="grid gap-4 lg:grid-cols-2">
          <Skeleton className="h-72" />
          <Skeleton className="h-72" />
        </div>
      </div>
    </SkeletonRegion>
  );
}
