import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Suspense } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";
import { getActor, requireReader } from "@/app/_lib/page-actor";
import { primaryButton } from "@/components/forms/field";
import { hasRole } from "@/lib/auth/roles";
import { getDb } from "@/db";
import { parseColumns } from "@/lib/commitments/columns";
import { getFacets } from "@/lib/commitments/facets";
import { resolveReferences } from "@/lib/commitments/filter-sql";
import { parseListParams } from "@/lib/commitments/list-params";
import type { CommitmentListParams } from "@/lib/commitments/list-spec";
import { listCommitments } from "@/lib/commitments/queries";
import { toTableRow } from "@/lib/commitments/table-row";
import { EXPLORER_PAGE_KEYS, listPageHref, serializeListParams } from "@/lib/commitments/url-state";
import { todayIso } from "@/lib/dates";
import { organizationName } from "@/lib/organizations/queries";
import { regionName } from "@/lib/regions/queries";
import { PendingNavigationProvider } from "@/components/ui/pending-navigation";
import { ActiveFilters } from "./_components/active-filters";
import { CommitmentsTable } from "./_components/commitments-table";
import { ExplorerToolbar } from "./_components/explorer-toolbar";

export const metadata: Metadata = { title: "Commitments" };

export default function CommitmentsPage({ searchParams }: PageProps<"/commitments">) {
  return (
    <>
      <PageHeader
        title="Commitments"
        description="Every recorded pledge, request and intent, with its status and evidence."
        actions={
          <Suspense>
            <RecordButton />
          </Suspense>
        }
      />
      <Suspense fallback={<ExplorerSkeleton />}>
        <CommitmentsExplorer searchParams={searchParams} />
      </Suspense>
    </>
  );
}

async function CommitmentsExplorer({ searchParams }: { searchParams: PageProps<"/commitments">["searchParams"] }) {
  await connection();
  const actor = await requireReader("/commitments");
  const raw = await searchParams;
  const parsed = parseListParams(raw, { allowKeys: EXPLORER_PAGE_KEYS });
  const columns = parseColumns(raw.cols);
  const db = await getDb();
  const today = todayIso();

  const refs = await resolveReferences(db, parsed.params);
  let params: CommitmentListParams = parsed.params;
  const notices: Record<string, string> = { ...parsed.errors };
  // A company or region that names nothing is not left out: it matches nothing, and the page says so.
  const notFound = Object.entries(refs.unresolved);
  if (columns.error) notices.cols = columns.error;

  const [firstTry, companyLabel, regionLabel] = await Promise.all([
    listCommitments(db, params, { today, refs }),
    params.company ? organizationName(db, params.company) : null,
    params.region ? regionName(db, params.region) : null,
  ]);
  // The filter counts are awaited by the toolbar alone, which streams in after the rows. They start once the
  // rows are read: on a large data set their statements would otherwise take the cores the rows wait for.
  const facets = getFacets(db, params, refs, today);
  // Should this page fail before the toolbar awaits them, their failure is not news: mark it seen (the
  // toolbar's own await still receives it).
  facets.catch(() => undefined);
  let page = firstTry;
  const lastPage = Math.max(1, Math.ceil(page.total / params.perPage));
  if (params.page > lastPage) {
    notices.page = `there are only ${lastPage} pages; showing the last one`;
    params = { ...params, page: lastPage };
    page = await listCommitments(db, params, { today, refs });
  }

  const chipNames = {
    company: companyLabel,
    region: regionLabel,
    companyFound: !refs.unresolved.company,
    regionFound: !refs.unresolved.region,
    // Whether choosing the company took in others below it, so that the chip can say so.
    companyGroup: params.subsidiaries && (refs.companyIds?.length ?? 0) > 1,
  };

  // Exports cover every page, so the page and its size are left out of their address.
  const exportQuery = serializeListParams({ ...params, page: null, perPage: null });
  // The links of the table, its pages and its filter chips: this address, changed.
  const href = listPageHref("/commitments", { ...params, cols: raw.cols === undefined ? null : columns.columns });

  return (
    <PendingNavigationProvider>
      <div className="space-y-4">
        {Object.keys(notices).length > 0 && (
          <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
            <p className="font-medium">Some of this address could not be used, so it was left out:</p>
            <ul className="mt-1 list-disc pl-5">
              {Object.entries(notices).map(([key, message]) => (
                <li key={key}>
                  <code>{key}</code>: {message}
                </li>
              ))}
            </ul>
          </div>
        )}

        {notFound.length > 0 && (
          <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
            <p className="font-medium">
              {notFound.map(([key]) => (key === "company" ? "Company" : "Region")).join(" and ")} not found, so no
              commitments are shown:
            </p>
            <ul className="mt-1 list-disc pl-5">
              {notFound.map(([key, message]) => (
                <li key={key}>{message}. Check the spelling, or choose one from the filter.</li>
              ))}
            </ul>
          </div>
        )}

        <ExplorerToolbar
          facets={facets}
          params={params}
          companyLabel={companyLabel}
          regionLabel={regionLabel}
          columns={columns.columns}
          exportQuery={exportQuery}
          total={page.total}
          signedIn={actor !== null}
        />

        {page.total === 0 ? (
          <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
            <p className="font-medium text-slate-900">No commitments match these filters.</p>
            <p className="mt-1 text-sm text-slate-600">Remove a filter below to widen the view.</p>
            <div className="mt-4 flex justify-center">
              <ActiveFilters filters={params} names={chipNames} href={href} emptyResult />
            </div>
          </div>
        ) : (
          <>
            <ActiveFilters filters={params} names={chipNames} href={href} />
            <CommitmentsTable
              data={page.data.map(toTableRow)}
              total={page.total}
              page={page.page}
              perPage={page.perPage}
              sort={params.sort}
              visibleColumns={columns.columns}
              href={href}
            />
          </>
        )}
      </div>
    </PendingNavigationProvider>
  );
}

async function RecordButton() {
  await connection();
  const actor = await getActor();
  if (!hasRole(actor?.role, "editor")) return null;
  return (
    <Link href="/commitments/new" className={primaryButton}>
      Record a commitment
    </Link>
  );
}

function ExplorerSkeleton() {
  return (
    <LoadingRegion label="Loading commitments">
      <div className="mb-4 flex flex-wrap gap-2">
        <Skeleton className="h-9 min-w-64 flex-1" />
        {Array.from({ length: 7 }, (_, i) => (
          <Skeleton key={i} className="h-9 w-24" />
        ))}
      </div>
      <div className="space-y-2">
        {Array.from({ length: 10 }, (_, i) => (
          <Skeleton key={i} className="h-10" />
        ))}
      </div>
    </LoadingRegion>
  );
}
