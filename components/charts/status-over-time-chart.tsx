"use client";

import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/skeleton";
import type { MonthStatus } from "@/lib/analytics/status-over-time";

// Recharts is fetched after the page (see stacked-bar-chart.tsx).
const StatusOverTimePlot = dynamic(() => import("./status-over-time-plot"), {
  ssr: false,
  loading: () => <Skeleton className="h-full" />,
});

/** Stacked areas: how many commitments had each status at the end of each month. */
export function StatusOverTimeChart({ months }: { months: MonthStatus[] }) {
  return (
    <div style={{ height: 300 }} data-testid="status-over-time-chart">
      <StatusOverTimePlot months={months} />
    </div>
  );
}
