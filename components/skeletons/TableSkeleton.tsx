import { Skeleton, SkeletonRegion } from "../Skeleton.tsx";

/** A table while its rows load. */
export function TableSkeleton({ label, rows = 4 }: { label: string; rows?: number }) {
  return (
    <SkeletonRegion label={label}>
      <span className="sr-only">{label}…</span>
      <div className="space-y-2">
        <Skeleton className="h-9 w-full" />
        {Array.from({ length: rows }, (_, index) => (
          <Skeleton key={index} className="h-12 w-full" />
        ))}
      </div>
    </SkeletonRegion>
  );
}
