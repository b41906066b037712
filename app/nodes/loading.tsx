import { Skeleton } from "@/components/Skeleton.tsx";
import { TableSkeleton } from "@/components/skeletons/TableSkeleton.tsx";

/** Shown at once when the nodes page is opened from another page, until the server answers. */
export default function NodesLoading() {
  return (
    <div className="space-y-6">
      <Skeleton className="h-8 w-32" />
      <TableSkeleton label="Loading nodes" rows={4} />
    </div>
  );
}
