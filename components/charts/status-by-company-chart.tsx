"use client";

import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { CompanyStatusCounts } from "@/lib/analytics/status-by-company";
import { COMMITMENT_STATUSES, STATUS_LABELS } from "@/lib/vocabulary";
import { STATUS_COLORS } from "@/components/ui/status-palette";

type Row = { slug: string; name: string } & Record<string, number | string>;

/** Stacked horizontal bars, one per company; clicking a segment opens the explorer on exactly those commitments. */
export function StatusByCompanyChart({ data }: { data: CompanyStatusCounts[] }) {
  const router = useRouter();
  const rows: Row[] = data.map((company) => ({
    slug: company.slug,
    name: company.name,
    ...Object.fromEntries(COMMITMENT_STATUSES.map((s) => [s, company.byStatus[s] ?? 0])),
  }));
  const height = Math.max(160, rows.length * 44 + 80);

  return (
    <div style={{ height }} data-testid="status-by-company-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
          <CartesianGrid horizontal={false} stroke="#e2e8f0" />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="name" width={190} tick={{ fontSize: 12 }} />
          <Tooltip cursor={{ fill: "#f1f5f9" }} />
          <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
          {COMMITMENT_STATUSES.map((status) => (
            <Bar
              key={status}
              dataKey={status}
              name={STATUS_LABELS[status]}
              stackId="status"
              fill={STATUS_COLORS[status]}
              cursor="pointer"
              onClick={(item) => {
                const slug = (item.payload as Row | undefined)?.slug;
                if (slug) router.push(`/commitments?company=${encodeURIComponent(slug)}&status=${status}`);
              }}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
