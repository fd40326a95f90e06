import { connection } from "next/server";
import { Suspense } from "react";
import { ChartFrame } from "@/components/charts/chart-frame";
import { StatusByCompanyChart } from "@/components/charts/status-by-company-chart";
import { StatusByCompanyTable } from "@/components/charts/status-table";
import { PageHeader } from "@/components/ui/page-header";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";
import { StatTile } from "@/components/ui/stat-tile";
import { requireReader } from "@/app/_lib/viewer";
import { getDb } from "@/db";
import { getOverview } from "@/lib/analytics/overview";
import { statusCountsByMaker } from "@/lib/analytics/status-by-company";

export default function DashboardPage() {
  return (
    <>
      <PageHeader title="Dashboard" description="Who is keeping their word, and where." />
      <Suspense fallback={<DashboardSkeleton />}>
        <DashboardContent />
      </Suspense>
    </>
  );
}

async function DashboardContent() {
  await connection();
  await requireReader("/");
  const db = await getDb();
  const [overview, byCompany] = await Promise.all([getOverview(db), statusCountsByMaker(db)]);

  return (
    <div className="space-y-6">
      <div className="grid grid-cols-2 gap-4 md:grid-cols-5">
        <StatTile label="Commitments" value={String(overview.total)} href="/commitments" />
        <StatTile
          label="Achieved"
          value={overview.achievedPercent === null ? "–" : `${overview.achievedPercent}%`}
          hint={`${overview.achieved} of ${overview.total}`}
          href="/commitments?status=achieved"
        />
        <StatTile label="In progress" value={String(overview.inProgress)} href="/commitments?status=in_progress" />
        <StatTile
          label="Overdue"
          value={String(overview.overdue)}
          hint="Target date passed"
          href="/commitments?overdue=true"
        />
        <StatTile
          label="Stale"
          value={String(overview.stale)}
          hint="No evidence in 365 days"
          href="/commitments?stale=true"
        />
      </div>
      <ChartFrame
        title="Status by company"
        description="Commitments made by each organization, by current status. Click a segment to list those commitments."
        table={<StatusByCompanyTable data={byCompany} />}
        empty={
          byCompany.length === 0 ? <p className="text-sm text-slate-600">No commitments recorded yet.</p> : undefined
        }
      >
        <StatusByCompanyChart data={byCompany} />
      </ChartFrame>
    </div>
  );
}

function DashboardSkeleton() {
  return (
    <LoadingRegion label="Loading the dashboard">
      <div className="grid grid-cols-2 gap-4 md:grid-cols-5">
        {Array.from({ length: 5 }, (_, i) => (
          <Skeleton key={i} className="h-24" />
        ))}
      </div>
      <Skeleton className="mt-6 h-72" />
    </LoadingRegion>
  );
}
