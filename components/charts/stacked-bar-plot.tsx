"use client";

import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { StackedBarChartProps } from "./stacked-bar-chart";

const compact = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 });

/** The drawing of a StackedBarChart (Recharts), loaded only in the browser, after the page. */
export default function StackedBarPlot({ bars, series, orientation, format = "plain" }: StackedBarChartProps) {
  const router = useRouter();
  const valueFormatter = format === "compact" ? (value: number) => compact.format(value) : undefined;
  const horizontal = orientation === "horizontal";
  const data = bars.map((bar) => ({ key: bar.key, label: bar.label, ...bar.values }));
  const hrefs = new Map(bars.map((bar) => [bar.key, bar.hrefs ?? {}]));

  return (
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
  );
}
