"use client";

import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { Skeleton } from "@/components/ui/skeleton";
import { useMounted } from "@/components/ui/use-mounted";

export type ChartSeries = { key: string; label: string; color: string };

const compact = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 });

/** One bar: its values per series, and per series the explorer address of exactly what it counts. */
export type ChartBar = { key: string; label: string; values: Record<string, number>; hrefs?: Record<string, string> };

/**
 * Stacked bars, horizontal (one row per company or region) or vertical (one column per month). Clicking
 * a segment opens the explorer on exactly the commitments it counts.
 */
export function StackedBarChart({
  bars,
  series,
  orientation,
  testId,
  format = "plain",
}: {
  bars: ChartBar[];
  series: ChartSeries[];
  orientation: "horizontal" | "vertical";
  testId: string;
  /** How to write values: as they are, or compactly (1.2B) for amounts. */
  format?: "plain" | "compact";
}) {
  const router = useRouter();
  const mounted = useMounted();
  const valueFormatter = format === "compact" ? (value: number) => compact.format(value) : undefined;
  const horizontal = orientation === "horizontal";
  const height = horizontal ? Math.max(160, bars.length * 40 + 80) : 300;
  const data = bars.map((bar) => ({ key: bar.key, label: bar.label, ...bar.values }));
  const hrefs = new Map(bars.map((bar) => [bar.key, bar.hrefs ?? {}]));

  return (
    <div style={{ height }} data-testid={testId}>
      {!mounted ? (
        <Skeleton className="h-full" />
      ) : (
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={data}
            layout={horizontal ? "vertical" : "horizontal"}
            margin={{ top: 4, right: 16, bottom: 4, left: 8 }}
          >
            <CartesianGrid horizontal={!horizontal} vertical={horizontal} stroke="#e2e8f0" />
            {horizontal ? (
              <>
                <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} tickFormatter={valueFormatter} />
                <YAxis type="category" dataKey="label" width={190} tick={{ fontSize: 12 }} />
              </>
            ) : (
              <>
                <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" minTickGap={12} />
                <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={40} tickFormatter={valueFormatter} />
              </>
            )}
            <Tooltip
              cursor={{ fill: "#f1f5f9" }}
              formatter={valueFormatter ? (value) => valueFormatter(Number(value)) : undefined}
            />
            {series.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />}
            {series.map((s) => (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.label}
                stackId="stack"
                fill={s.color}
                cursor="pointer"
                onClick={(item) => {
                  const bar = (item.payload as { key?: string } | undefined)?.key;
                  const href = bar ? hrefs.get(bar)?.[s.key] : undefined;
                  if (href) router.push(href);
                }}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      )}
    </div>
  );
}
