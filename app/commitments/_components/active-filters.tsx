import { PendingLink } from "@/components/ui/pending-navigation";
import type { CommitmentFilters } from "@/lib/commitments/list-spec";
import { CLEAR_ALL_FILTERS, type ListPageHref, type ListPagePatch } from "@/lib/commitments/url-state";
import { KIND_LABELS, STANCE_LABELS, STATUS_LABELS } from "@/lib/vocabulary";

type Chip = { id: string; label: string; clear: ListPagePatch };

const without = <T,>(list: T[], item: T) => {
  const rest = list.filter((x) => x !== item);
  return rest.length ? rest : null;
};

/** Names of the chosen company and region, whether they exist, and whether the company is a group. */
export type ChipNames = {
  company?: string | null;
  region?: string | null;
  companyFound?: boolean;
  regionFound?: boolean;
  companyGroup?: boolean;
};

function chipsFor(f: CommitmentFilters, names: ChipNames): Chip[] {
  const chips: Chip[] = [];
  if (f.q) chips.push({ id: "q", label: `Text: “${f.q}”`, clear: { q: null } });
  if (f.company) {
    const role =
      f.companyRole === "maker"
        ? ""
        : f.companyRole === "counterpart"
          ? " (as counterpart)"
          : " (maker or counterpart)";
    const subs =
      names.companyFound === false
        ? " (not found)"
        : !f.subsidiaries
          ? ", without subsidiaries"
          : names.companyGroup
            ? ", with subsidiaries"
            : "";
    chips.push({
      id: "company",
      label: `Company: ${names.company ?? f.company}${role}${subs}`,
      clear: { company: null, companyRole: null, subsidiaries: null },
    });
  }
  if (f.region)
    chips.push({
      id: "region",
      label: `Region: ${names.region ?? f.region}${names.regionFound === false ? " (not found)" : " and below"}`,
      clear: { region: null },
    });
  for (const s of f.status)
    chips.push({ id: `status-${s}`, label: `Status: ${STATUS_LABELS[s]}`, clear: { status: without(f.status, s) } });
  for (const k of f.kind)
    chips.push({ id: `kind-${k}`, label: `Kind: ${KIND_LABELS[k]}`, clear: { kind: without(f.kind, k) } });
  for (const s of f.sector)
    chips.push({ id: `sector-${s}`, label: `Sector: ${s}`, clear: { sector: without(f.sector, s) } });
  if (f.overdue) chips.push({ id: "overdue", label: "Overdue only", clear: { overdue: null } });
  if (f.stale) chips.push({ id: "stale", label: "Stale only", clear: { stale: null } });
  const range = (from?: string, to?: string) =>
    from && to ? `${from} to ${to}` : from ? `from ${from}` : `until ${to}`;
  if (f.announcedFrom || f.announcedTo) {
    chips.push({
      id: "announced",
      label: `Announced ${range(f.announcedFrom, f.announcedTo)}`,
      clear: { announcedFrom: null, announcedTo: null },
    });
  }
  if (f.evidenceStance.length || f.evidenceFrom || f.evidenceTo) {
    const stances = f.evidenceStance.length
      ? f.evidenceStance.map((s) => STANCE_LABELS[s].toLowerCase()).join(" or ")
      : "any";
    const when = f.evidenceFrom || f.evidenceTo ? `, published ${range(f.evidenceFrom, f.evidenceTo)}` : "";
    chips.push({
      id: "evidence",
      label: `Evidence: ${stances}${when}`,
      clear: { evidenceStance: null, evidenceFrom: null, evidenceTo: null },
    });
  }
  if (f.hasAmount) chips.push({ id: "hasAmount", label: "With a stated amount", clear: { hasAmount: null } });
  if (f.hasJobs) chips.push({ id: "hasJobs", label: "With stated jobs", clear: { hasJobs: null } });
  if (f.restated) chips.push({ id: "restated", label: "Restated", clear: { restated: null } });
  if (f.targetFrom || f.targetTo) {
    chips.push({
      id: "target",
      label: `Target ${range(f.targetFrom, f.targetTo)}`,
      clear: { targetFrom: null, targetTo: null },
    });
  }
  return chips;
}

/**
 * The filters in force, each with a link to the view without it; used above the table and in the empty state.
 * Removing a filter goes back to the first page, as changing one does.
 */
export function ActiveFilters({
  filters,
  names,
  href,
  emptyResult = false,
}: {
  filters: CommitmentFilters;
  names: ChipNames;
  href: ListPageHref;
  emptyResult?: boolean;
}) {
  const chips = chipsFor(filters, names);
  if (chips.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm" aria-label="Active filters" role="group">
      {emptyResult && <span className="text-slate-700">Filters in force:</span>}
      {chips.map((chip) => (
        <span
          key={chip.id}
          className="inline-flex max-w-full items-center gap-1 rounded-full bg-slate-100 py-0.5 pl-2.5 pr-1 text-slate-800 ring-1 ring-slate-300"
        >
          <span className="min-w-0 truncate" title={chip.label}>
            {chip.label}
          </span>
          <PendingLink
            href={href({ ...chip.clear, page: null })}
            aria-label={`Remove filter ${chip.label}`}
            className="rounded-full px-1.5 text-slate-500 outline-none hover:bg-slate-200 hover:text-slate-900 focus-visible:ring-2 focus-visible:ring-blue-600"
          >
            ×
          </PendingLink>
        </span>
      ))}
      <PendingLink
        href={href({ ...CLEAR_ALL_FILTERS, page: null })}
        className="rounded px-1.5 text-blue-700 outline-none hover:underline focus-visible:ring-2 focus-visible:ring-blue-600"
      >
        Clear all filters
      </PendingLink>
    </div>
  );
}
