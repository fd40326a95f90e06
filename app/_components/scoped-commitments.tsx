import Link from "next/link";
import { CommitmentsTable } from "@/app/commitments/_components/commitments-table";
import { PendingNavigationProvider } from "@/components/ui/pending-navigation";
import type { Database } from "@/db/client";
import { explorerHref } from "@/components/explorer-links";
import type { StatsScope } from "@/lib/analytics/scope";
import { parseColumns } from "@/lib/commitments/columns";
import { parseListParams } from "@/lib/commitments/list-params";
import { DEFAULT_LIST_PARAMS } from "@/lib/commitments/list-spec";
import { EXPLORER_PAGE_KEYS, listPageHref } from "@/lib/commitments/url-state";
import { listCommitments } from "@/lib/commitments/queries";
import { toTableRow } from "@/lib/commitments/table-row";

/**
 * A company's or region's commitments in the explorer table (sortable, paged through this page's own URL),
 * with a link to the full explorer for filtering and exports.
 */
export async function ScopedCommitments({
  db,
  scope,
  path,
  searchParams,
  today,
}: {
  db: Database;
  scope: StatsScope;
  /** This page's own path, which the table's sort and page links keep. */
  path: string;
  searchParams: Record<string, string | string[] | undefined>;
  today: string;
}) {
  const { params: asked } = parseListParams(searchParams, { allowKeys: EXPLORER_PAGE_KEYS });
  const params = {
    ...DEFAULT_LIST_PARAMS,
    company: scope.company,
    region: scope.region,
    sort: asked.sort,
    page: asked.page,
    perPage: asked.perPage,
  };
  const page = await listCommitments(db, params, { today });
  const visibleColumns = parseColumns(searchParams.cols).columns;
  // Only the table's own keys are in this page's address; the scope is the page itself.
  const href = listPageHref(path, {
    sort: params.sort,
    page: params.page,
    perPage: params.perPage,
    cols: searchParams.cols === undefined ? null : visibleColumns,
  });
  return (
    <section aria-labelledby="scoped-commitments" className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="scoped-commitments" className="text-lg font-semibold text-slate-900">
          Commitments ({page.total.toLocaleString("en")})
        </h2>
        <Link href={explorerHref(scope)} className="text-sm text-blue-700 hover:underline">
          Filter, sort and export these in the explorer
        </Link>
      </div>
      {page.total === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">
          No commitments recorded here yet.
        </p>
      ) : (
        <PendingNavigationProvider>
          <CommitmentsTable
            data={page.data.map(toTableRow)}
            total={page.total}
            page={page.page}
            perPage={page.perPage}
            sort={params.sort}
            visibleColumns={visibleColumns}
            href={href}
          />
        </PendingNavigationProvider>
      )}
    </section>
  );
}
