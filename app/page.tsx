import { connection } from "next/server";
import { Suspense } from "react";
import { requireReader } from "@/app/_lib/page-actor";
import { StatsPanels } from "@/components/charts/stats-panels";
import { StatsSkeleton } from "@/components/charts/stats-skeleton";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db";
import { getStatsFor } from "@/lib/analytics/stats";
import { todayIso } from "@/lib/dates";

export default function DashboardPage() {
  return (
    <>
      <PageHeader title="Dashboard" description="Who is keeping their word, and where." />
      <Suspense fallback={<StatsSkeleton />}>
        <DashboardContent />
      </Suspense>
    </>
  );
}

async function DashboardContent() {
  await connection();
  await requireReader("/");
  const stats = await getStatsFor(await getDb(), {}, todayIso());
  return <StatsPanels stats={stats} />;
}
