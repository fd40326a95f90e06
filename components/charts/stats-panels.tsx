import Link from "next/link";
import { StanceBadge, StatusBadge } from "@/components/ui/badge";
import { ExternalLink } from "@/components/ui/external-link";
import { StatTile } from "@/components/ui/stat-tile";
import { STANCE_COLORS, STATUS_COLORS } from "@/components/ui/status-palette";
import { monthEnd } from "@/lib/analytics/months";
import { explorerHref } from "@/components/explorer-links";
import type { StatusRow } from "@/lib/analytics/status-by-company";
import type { Stats } from "@/lib/analytics/stats";
import {
  COMMITMENT_STATUSES,
  type CommitmentStatus,
  EVIDENCE_STANCES,
  STANCE_LABELS,
  STATUS_LABELS,
} from "@/lib/vocabulary";
import { ChartFrame } from "./chart-frame";
import { ChartTable } from "./chart-table";
import { type ChartBar, StackedBarChart } from "./stacked-bar-chart";
import { StatusOverTimeChart } from "./status-over-time-chart";

const STATUS_SERIES = COMMITMENT_STATUSES.map((s) => ({ key: s, label: STATUS_LABELS[s], color: STATUS_COLORS[s] }));
const STANCE_SERIES = EVIDENCE_STANCES.map((s) => ({ key: s, label: STANCE_LABELS[s], color: STANCE_COLORS[s] }));

const compact = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 });
export const formatAmount = (value: number, currency: string) => `${compact.format(value)} ${currency}`;

const empty = (text: string) => <p className="text-sm text-slate-600">{text}</p>;

export function OverviewTiles({ stats }: { stats: Stats }) {
  const o = stats.overview;
  const link = (more: Parameters<typeof explorerHref>[1]) => explorerHref(stats.scope, more);
  const amounts = stats.amounts;
  return (
    <div className="grid grid-cols-2 gap-4 md:grid-cols-4 xl:grid-cols-8">
      <StatTile label="Commitments" value={o.total.toLocaleString("en")} href={link({})} />
      <StatTile
        label="Achieved"
        value={o.achievedPercent === null ? "–" : `${o.achievedPercent}%`}
        hint={`${o.achieved.toLocaleString("en")} of ${o.bound.toLocaleString("en")} pledges and intents${o.requests ? ` (${o.requests.toLocaleString("en")} requests apart)` : ""}`}
        href={link({ status: ["achieved"], kind: ["pledge", "intent"] })}
      />
      <StatTile
        label="In progress"
        value={o.inProgress.toLocaleString("en")}
        href={link({ status: ["in_progress"] })}
      />
      <StatTile
        label="Overdue"
        value={o.overdue.toLocaleString("en")}
        hint="Target date passed"
        href={link({ overdue: true })}
      />
      <StatTile
        label="Stale"
        value={o.stale.toLocaleString("en")}
        hint="No evidence in 365 days"
        href={link({ stale: true })}
      />
      <StatTile
        label="New evidence"
        value={o.evidenceLast90Days.toLocaleString("en")}
        hint="Attached in the last 90 days"
      />
      <StatTile
        label="Stated amounts"
        value={formatAmount(amounts.total, amounts.reportingCurrency)}
        hint={amounts.asOf ? `At rates as of ${amounts.asOf}` : "No exchange rates set"}
        href={link({ hasAmount: true })}
      />
      <StatTile
        label="Jobs pledged"
        value={o.jobsPledged.toLocaleString("en")}
        hint={`Stated by ${o.withJobs.toLocaleString("en")} commitment${o.withJobs === 1 ? "" : "s"}`}
        href={link({ hasJobs: true })}
      />
    </div>
  );
}

function statusBars(rows: StatusRow[], hrefFor: (row: StatusRow, status: string) => string): ChartBar[] {
  return rows.map((row) => ({
    key: row.slug,
    label: row.name,
    values: Object.fromEntries(COMMITMENT_STATUSES.map((s) => [s, row.byStatus[s] ?? 0])),
    hrefs: Object.fromEntries(COMMITMENT_STATUSES.map((s) => [s, hrefFor(row, s)])),
  }));
}

function statusTableRows(rows: StatusRow[], hrefFor: (row: StatusRow) => string) {
  return rows.map((row) => ({
    key: row.slug,
    label: row.name,
    href: hrefFor(row),
    cells: [...COMMITMENT_STATUSES.map((s) => row.byStatus[s] ?? 0), row.total],
  }));
}

const STATUS_HEADERS = (first: string) => [first, ...COMMITMENT_STATUSES.map((s) => STATUS_LABELS[s]), "Total"];

export function StatusByCompanyPanel({ stats }: { stats: Stats }) {
  const { rows, others } = stats.statusByCompany;
  // Each bar is one maker's own commitments (its subsidiaries have bars of their own).
  const href = (row: StatusRow, status?: string) =>
    explorerHref(
      { region: stats.scope.region },
      {
        company: row.slug,
        subsidiaries: false,
        kind: ["pledge", "intent"],
        ...(status ? { status: [status as CommitmentStatus] } : {}),
      },
    );
  return (
    <StatusBreakdownPanel
      title="Status by company"
      description={`Pledges and intents made by each organization, by current status${others ? ` (the ${rows.length} with most; ${others} more not shown)` : ""}. Click a segment to list those commitments.`}
      label="Company"
      testId="status-by-company-chart"
      rows={rows}
      href={href}
      emptyText="No commitments recorded yet."
    />
  );
}

/** What each organization was asked to do (requests): counted apart, since the party asked may never have agreed. */
export function RequestsByCompanyPanel({ stats }: { stats: Stats }) {
  const { rows, others } = stats.requestsByCompany;
  if (rows.length === 0) return null;
  const href = (row: StatusRow, status?: string) =>
    explorerHref(
      { region: stats.scope.region },
      {
        company: row.slug,
        subsidiaries: false,
        kind: ["request"],
        ...(status ? { status: [status as CommitmentStatus] } : {}),
      },
    );
  return (
    <StatusBreakdownPanel
      title="Requests by party asked"
      description={`What each organization was asked to do, by current status${others ? ` (the ${rows.length} asked most; ${others} more not shown)` : ""}. Not counted in the achieved rates.`}
      label="Asked of"
      testId="requests-by-company-chart"
      rows={rows}
      href={href}
      emptyText="No requests recorded."
    />
  );
}

export function StatusByRegionPanel({ stats }: { stats: Stats }) {
  const { focus, rows } = stats.statusByRegion;
  const all = focus ? [focus, ...rows] : rows;
  const href = (row: StatusRow, status?: string) =>
    explorerHref(
      { company: stats.scope.company },
      { region: row.slug, ...(status ? { status: [status as CommitmentStatus] } : {}) },
    );
  return (
    <StatusBreakdownPanel
      title="Status by region"
      description={`Each region counts its sub-regions too${focus ? `; ${focus.name} first, then the regions within it` : ""}. Click a segment to list those commitments.`}
      label="Region"
      testId="status-by-region-chart"
      rows={all}
      href={href}
      emptyText="No commitments in any region yet."
    />
  );
}

/** Stacked bars of status counts, one bar per company or region, each segment linking to its commitments. */
function StatusBreakdownPanel(props: {
  title: string;
  description: string;
  label: string;
  testId: string;
  rows: StatusRow[];
  href: (row: StatusRow, status?: string) => string;
  emptyText: string;
}) {
  const { title, description, label, testId, rows, href, emptyText } = props;
  return (
    <ChartFrame
      title={title}
      description={description}
      table={
        <ChartTable caption={title} headers={STATUS_HEADERS(label)} rows={statusTableRows(rows, (r) => href(r))} />
      }
      empty={rows.length === 0 ? empty(emptyText) : undefined}
    >
      <StackedBarChart testId={testId} orientation="horizontal" series={STATUS_SERIES} bars={statusBars(rows, href)} />
    </ChartFrame>
  );
}

export function StatusOverTimePanel({ stats }: { stats: Stats }) {
  const months = stats.statusOverTime;
  const hasAny = months.some((m) => COMMITMENT_STATUSES.some((s) => m[s] > 0));
  return (
    <ChartFrame
      title="Status over time"
      description="How many commitments had each status at the end of each month, rebuilt from the status history."
      table={
        <ChartTable
          caption="Status over time"
          headers={["Month", ...COMMITMENT_STATUSES.map((s) => STATUS_LABELS[s]), "Total"]}
          rows={months.map((m) => ({
            key: m.month,
            label: m.month,
            cells: [...COMMITMENT_STATUSES.map((s) => m[s]), COMMITMENT_STATUSES.reduce((sum, s) => sum + m[s], 0)],
          }))}
        />
      }
      empty={hasAny ? undefined : empty("No commitments in these months.")}
    >
      <StatusOverTimeChart months={months} />
    </ChartFrame>
  );
}

export function EvidenceByMonthPanel({ stats }: { stats: Stats }) {
  const months = stats.evidenceByMonth;
  const bars: ChartBar[] = months.map((m) => ({
    key: m.month,
    label: m.month,
    values: Object.fromEntries(EVIDENCE_STANCES.map((s) => [s, m[s]])),
    hrefs: Object.fromEntries(
      EVIDENCE_STANCES.map((s) => [
        s,
        explorerHref(stats.scope, {
          evidenceStance: [s],
          evidenceFrom: `${m.month}-01`,
          evidenceTo: monthEnd(`${m.month}-01`),
        }),
      ]),
    ),
  }));
  const total = months.reduce((sum, m) => sum + EVIDENCE_STANCES.reduce((s, k) => s + m[k], 0), 0);
  return (
    <ChartFrame
      title="Evidence per month"
      description="Evidence published each month, by stance (retracted items left out). Click a segment to list the commitments it concerns."
      table={
        <ChartTable
          caption="Evidence per month"
          headers={["Month", ...EVIDENCE_STANCES.map((s) => STANCE_LABELS[s])]}
          rows={months.map((m) => ({ key: m.month, label: m.month, cells: EVIDENCE_STANCES.map((s) => m[s]) }))}
        />
      }
      empty={total === 0 ? empty("No evidence published in these months yet.") : undefined}
    >
      <StackedBarChart testId="evidence-by-month-chart" orientation="vertical" series={STANCE_SERIES} bars={bars} />
    </ChartFrame>
  );
}

export function AmountsPanel({ stats }: { stats: Stats }) {
  const { byCompany, reportingCurrency, asOf, byCurrency } = stats.amounts;
  const missing = byCurrency.filter((c) => c.converted === null);
  const bars: ChartBar[] = byCompany.map((c) => ({
    key: c.slug,
    label: c.name,
    values: { amount: Math.round(c.converted) },
    hrefs: {
      amount: explorerHref({ region: stats.scope.region }, { company: c.slug, subsidiaries: false, hasAmount: true }),
    },
  }));
  return (
    <ChartFrame
      title="Stated amounts by company"
      description={`Sums of the amounts stated in commitments, in ${reportingCurrency}${asOf ? ` at rates as of ${asOf}` : ""}${
        missing.length ? `; left out for lack of a rate: ${missing.map((m) => m.currency).join(", ")}` : ""
      }.`}
      table={
        <ChartTable
          caption="Stated amounts by company"
          headers={["Company", `Amount (${reportingCurrency})`, "Commitments"]}
          rows={byCompany.map((c) => ({
            key: c.slug,
            label: c.name,
            href: bars.find((b) => b.key === c.slug)?.hrefs?.amount,
            cells: [Math.round(c.converted), c.commitments],
          }))}
        />
      }
      empty={byCompany.length === 0 ? empty("No amounts stated, or none with an exchange rate.") : undefined}
    >
      <StackedBarChart
        testId="amounts-chart"
        orientation="horizontal"
        series={[{ key: "amount", label: `Amount (${reportingCurrency})`, color: "#0f766e" }]}
        bars={bars}
        format="compact"
      />
    </ChartFrame>
  );
}

export function OverdueList({ stats }: { stats: Stats }) {
  return (
    <section aria-labelledby="overdue-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="overdue-heading" className="text-base font-semibold text-slate-900">
        Overdue
      </h2>
      <p className="mt-0.5 text-sm text-slate-600">
        Target date passed, neither achieved nor abandoned; longest overdue first.
      </p>
      {stats.overdue.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">Nothing is overdue.</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-100">
          {stats.overdue.map((c) => (
            <li key={c.id} className="py-2 text-sm">
              <Link href={`/commitments/${c.id}`} className="font-medium text-blue-700 hover:underline">
                {c.title}
              </Link>
              <div className="mt-0.5 flex flex-wrap items-center gap-2 text-slate-600">
                <StatusBadge status={c.status} /> {c.maker.name} · due {c.targetOn}
              </div>
            </li>
          ))}
        </ul>
      )}
      {stats.overview.overdue > stats.overdue.length && (
        <Link
          href={explorerHref(stats.scope, { overdue: true, sort: { key: "targetOn", desc: false } })}
          className="mt-2 inline-block text-sm text-blue-700 hover:underline"
        >
          All {stats.overview.overdue.toLocaleString("en")} overdue commitments
        </Link>
      )}
    </section>
  );
}

export function RecentEvidenceList({ stats }: { stats: Stats }) {
  return (
    <section
      aria-labelledby="recent-evidence-heading"
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id="recent-evidence-heading" className="text-base font-semibold text-slate-900">
        Latest evidence
      </h2>
      <p className="mt-0.5 text-sm text-slate-600">The most recently published news, filings and notices.</p>
      {stats.recentEvidence.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">No evidence attached yet.</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-100">
          {stats.recentEvidence.map((e) => (
            <li key={e.id} className="py-2 text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <StanceBadge stance={e.stance} />
                <span className="tabular-nums text-slate-600">{e.publishedOn}</span>
                <ExternalLink href={e.url} className="font-medium">
                  {e.title}
                </ExternalLink>
              </div>
              <p className="mt-0.5 text-slate-600">
                on{" "}
                <Link href={`/commitments/${e.commitment.id}#evidence-${e.id}`} className="text-blue-700 underline">
                  {e.commitment.title}
                </Link>{" "}
                ({e.commitment.maker})
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Everything a scope's statistics show, laid out: tiles, charts, lists. */
export function StatsPanels({ stats, show = {} }: { stats: Stats; show?: { byCompany?: boolean } }) {
  return (
    <div className="space-y-6">
      <OverviewTiles stats={stats} />
      <div className="grid gap-6 xl:grid-cols-2">
        {show.byCompany !== false && <StatusByCompanyPanel stats={stats} />}
        <StatusByRegionPanel stats={stats} />
        {show.byCompany !== false && <RequestsByCompanyPanel stats={stats} />}
      </div>
      <StatusOverTimePanel stats={stats} />
      <div className="grid gap-6 xl:grid-cols-2">
        <EvidenceByMonthPanel stats={stats} />
        <AmountsPanel stats={stats} />
      </div>
      <div className="grid gap-6 xl:grid-cols-2">
        <OverdueList stats={stats} />
        <RecentEvidenceList stats={stats} />
      </div>
    </div>
  );
}
