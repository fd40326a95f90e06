import { Suspense } from "react";
import { STATUS_COLORS } from "@/components/ui/status-palette";
import type { ExplorerColumn } from "@/lib/commitments/columns";
import type { Facets } from "@/lib/commitments/facets";
import type { CommitmentListParams } from "@/lib/commitments/list-spec";
import {
  COMMITMENT_KINDS,
  COMMITMENT_STATUSES,
  KIND_DESCRIPTIONS,
  KIND_LABELS,
  STATUS_DESCRIPTIONS,
  STATUS_LABELS,
} from "@/lib/vocabulary";
import * as Controls from "./toolbar";

type ToolbarProps = {
  params: CommitmentListParams;
  companyLabel: string | null;
  regionLabel: string | null;
  columns: ExplorerColumn[];
  /** The export links' query: every page of the view. */
  exportQuery: string;
  total: number;
  /** Whether to offer "Follow view" (to someone signed in). */
  signedIn: boolean;
};

// The same toolbar twice: with its controls and their counts, or, while the counts are still being counted,
// every control drawn disabled without them (so the rows need not wait for the counts).
const WORKING = {
  SearchBox: Controls.SearchBox,
  CompanyFilter: Controls.CompanyFilter,
  RegionFilter: Controls.RegionFilter,
  MultiValueFilter: Controls.MultiValueFilter,
  DateFilter: Controls.DateFilter,
  FlagFilter: Controls.FlagFilter,
  ColumnMenu: Controls.ColumnMenu,
  ExportMenu: Controls.ExportMenu,
};

const WAITING: typeof WORKING = {
  SearchBox: Controls.SearchBoxStandIn,
  CompanyFilter: Controls.CompanyFilterStandIn,
  RegionFilter: Controls.RegionFilterStandIn,
  MultiValueFilter: Controls.MultiValueFilterStandIn,
  DateFilter: Controls.DateFilterStandIn,
  FlagFilter: Controls.FlagFilterStandIn,
  ColumnMenu: Controls.ColumnMenuStandIn,
  ExportMenu: Controls.ExportMenuStandIn,
};

function Toolbar({ facets, ...props }: ToolbarProps & { facets: Facets | null }) {
  const { params, companyLabel, regionLabel, columns, exportQuery, total, signedIn } = props;
  const c = facets ? WORKING : WAITING;
  return (
    <div className="flex flex-wrap items-center gap-2" role="toolbar" aria-label="Filters">
      <c.SearchBox value={params.q} />
      <c.CompanyFilter
        value={params.company}
        valueLabel={companyLabel}
        role={params.companyRole}
        subsidiaries={params.subsidiaries}
        options={facets?.makers ?? []}
      />
      <c.RegionFilter
        value={params.region}
        valueLabel={regionLabel}
        options={(facets?.regions ?? []).map((r) => ({ value: r.value, label: r.label, count: r.count }))}
      />
      <c.MultiValueFilter
        field="status"
        label="Status"
        selected={params.status}
        options={COMMITMENT_STATUSES.map((s) => ({
          value: s,
          label: STATUS_LABELS[s],
          description: STATUS_DESCRIPTIONS[s],
          count: facets?.status[s],
          color: STATUS_COLORS[s],
        }))}
      />
      <c.MultiValueFilter
        field="kind"
        label="Kind"
        selected={params.kind}
        options={COMMITMENT_KINDS.map((k) => ({
          value: k,
          label: KIND_LABELS[k],
          description: KIND_DESCRIPTIONS[k],
          count: facets?.kind[k],
        }))}
      />
      <c.MultiValueFilter field="sector" label="Sector" selected={params.sector} options={facets?.sectors ?? []} />
      <c.DateFilter ranges={params} />
      <c.FlagFilter field="overdue" label="Overdue only" on={params.overdue} count={facets?.overdue} />
      <c.FlagFilter field="stale" label="Stale only" on={params.stale} count={facets?.stale} />
      <c.FlagFilter field="restated" label="Restated" on={params.restated} count={facets?.restated} />
      <div className="ml-auto flex gap-2">
        <c.ColumnMenu visible={columns} />
        <c.ExportMenu query={exportQuery} total={total} />
        {signedIn && (facets ? <Controls.FollowViewButton /> : <Controls.FollowViewButtonStandIn />)}
      </div>
    </div>
  );
}

/** The toolbar once its filter counts are there. */
async function CountedToolbar({ facets, ...props }: ToolbarProps & { facets: Promise<Facets> }) {
  return <Toolbar facets={await facets} {...props} />;
}

/**
 * The explorer's filters and menus, with how many commitments each choice would give. The counts take longer
 * than the rows on a large database, so the toolbar is drawn disabled without them first and replaced when
 * they are counted; the table does not wait for them.
 */
export function ExplorerToolbar({ facets, ...props }: ToolbarProps & { facets: Promise<Facets> }) {
  return (
    <Suspense fallback={<Toolbar facets={null} {...props} />}>
      <CountedToolbar facets={facets} {...props} />
    </Suspense>
  );
}
