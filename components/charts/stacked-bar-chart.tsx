"use client";

import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/skeleton";

export type ChartSeries = { key: string; label: string; color: string };

/** One bar: its values per series, and per series the explorer address of exactly what it counts. */
export type ChartBar = { key: string; label: string; values: Record<string, number>; hrefs?: Record<string, string> };

export type StackedBarChartProps = {
  bars: ChartBar[];
  series: ChartSeries[];
  orientation: "horizontal" | "vertical";
  /** How to write values: as they are, or compactly (1.2B) for amounts. */
  format?: "plain" | "compact";
};

// Recharts is most of a chart page's script: it is fetched after the page, which shows a placeholder of the
// chart's size meanwhile (the charts are drawn in the browser only, so nothing is lost on the server).
const StackedBarPlot = dynamic(() => import("./stacked-bar-plot"), {
  ssr: false,
  loading: () => <Skeleton className="h-full" />,
});

/**
 * Stacked bars, horizontal (one row per company or region) or vertical (one column per month). Clicking
 * a segment opens the explorer on exactly the commitments it counts.
 */
export function StackedBarChart({ testId, ...props }: StackedBarChartProps & { testId: string }) {
  const height = props.orientation === "horizontal" ? Math.max(160, props.bars.length * 40 + 80) : 300;
  return (
    <div style={{ height }} data-testid={testId}>
      <StackedBarPlot {...props} />
    </div>
  );
}
