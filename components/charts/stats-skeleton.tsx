import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

/** Stands in for the tiles and charts while their numbers are computed. */
export function StatsSkeleton() {
  return (
    <LoadingRegion label="Loading the statistics">
      <div className="grid grid-cols-2 gap-4 md:grid-cols-4 xl:grid-cols-7">
        {Array.from({ length: 7 }, (_, i) => (
          <Skeleton key={i} className="h-24" />
        ))}
      </div>
      <div className="mt-6 grid gap-6 xl:grid-cols-2">
        <Skeleton className="h-80" />
        <Skeleton className="h-80" />
      </div>
      <Skeleton className="mt-6 h-80" />
    </LoadingRegion>
  );
}
