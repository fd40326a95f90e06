"use client";

import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { STATUS_COLORS } from "@/components/ui/status-palette";
import { COMMITMENT_STATUSES, STATUS_LABELS } from "@/lib/vocabulary";
import type { MonthStatus } from "@/lib/analytics/status-over-time";

/** The drawing of a StatusOverTimeChart (Recharts), loaded only in the browser, after the page. */
export default function StatusOverTimePlot({ months }: { months: MonthStatus[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <AreaChart data={months} margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
        <CartesianGrid vertical={false} stroke="#e2e8f0" />
        <XAxis dataKey="month" tick={{ fontSize: 11 }} interval="preserveStartEnd" minTickGap={12} />
        <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={40} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
        {COMMITMENT_STATUSES.map((status) => (
          <Area
            key={status}
            type="stepAfter"
            dataKey={status}
            name={STATUS_LABELS[status]}
            stackId="status"
            stroke={STATUS_COLORS[status]}
            fill={STATUS_COLORS[status]}
            fillOpacity={0.75}
          />
        ))}
      </AreaChart>
    </ResponsiveContainer>
  );
}
