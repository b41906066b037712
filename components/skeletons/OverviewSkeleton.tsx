import { Skeleton, SkeletonRegion } from "../Skeleton.tsx";

/** The overview while its data loads: a row of chain cards, then the comparison table. */
export function OverviewSkeleton() {
  return (
    <SkeletonRegion label="Loading chains">
      <span className="sr-only">Loading chains…</span>
      <div className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-3">
          <Skeleton className="h-40" />
          <Skeleton className="h-40" />
          <Skeleton className="hidden h-40 sm:block" />
        </div>
        <Skeleton className="h-64 w-full" />
      </div>
    </SkeletonRegion>
  );
}
