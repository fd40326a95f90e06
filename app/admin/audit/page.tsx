import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/app/_lib/page-actor";
import { filtersOf } from "@/components/data-table/columns";
import { FilterToolbar } from "@/components/data-table/filter-toolbar";
import { StaticDataTable } from "@/components/data-table/static-data-table";
import { secondaryButton } from "@/components/forms/field";
import { getDb } from "@/db";
import { auditQuerySchema, listAudit } from "@/lib/audit/queries";
import { loadReadableNames } from "@/lib/audit/readable-names";
import { fieldErrors } from "@/app/api/_lib/body";
import { auditColumns } from "./audit-columns";

export const metadata: Metadata = { title: "Audit log" };

function readQuery(raw: Record<string, string | string[] | undefined>) {
  const flat = Object.fromEntries(
    Object.entries(raw)
      .map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])
      .filter(([, v]) => v),
  );
  const first = auditQuerySchema.safeParse(flat);
  if (first.success) return { query: first.data, notices: {} };
  const notices = fieldErrors(first.error);
  const cleaned = Object.fromEntries(Object.entries(flat).filter(([k]) => !(k in notices)));
  return { query: auditQuerySchema.parse(cleaned), notices };
}

export default async function AuditPage({ searchParams }: PageProps<"/admin/audit">) {
  const { allowed } = await requirePageRole("admin", "/admin/audit");
  if (!allowed) return null;
  const { query, notices } = readQuery(await searchParams);
  const db = await getDb();
  const { data, total } = await listAudit(db, query);
  const names = await loadReadableNames(
    db,
    data.map((e) => e.actor.label),
    data.map((e) => ({ entityType: e.entityType, changes: e.changes })),
  );
  const columns = auditColumns(names);
  const pages = Math.max(1, Math.ceil(total / query.perPage));
  const pageLink = (page: number) => {
    const params = new URLSearchParams(
      Object.entries({ ...query, page: String(page) }).filter(([k, v]) => v !== undefined && k !== "perPage") as [
        string,
        string,
      ][],
    );
    return `/admin/audit?${params}`;
  };

  return (
    <div className="space-y-4">
      {Object.keys(notices).length > 0 && (
        <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          Some filters were left out:{" "}
          {Object.entries(notices)
            .map(([k, m]) => `${k} ${m}`)
            .join("; ")}
          .
        </div>
      )}
      <FilterToolbar
        filters={filtersOf(columns)}
        values={query}
        label="Filter the audit log"
        clearHref="/admin/audit"
      />
      <StaticDataTable
        columns={columns}
        data={data}
        getRowId={(entry) => String(entry.id)}
        label="Audit log"
        empty={<p className="p-6 text-sm text-slate-600">No entries match these filters.</p>}
      />
      <nav aria-label="Audit pages" className="flex items-center justify-between text-sm text-slate-600">
        <span>
          {total.toLocaleString("en")} entries · page {query.page} of {pages}
        </span>
        <span className="flex gap-2">
          {query.page > 1 && (
            <Link className={secondaryButton} href={pageLink(query.page - 1)}>
              Newer
            </Link>
          )}
          {query.page < pages && (
            <Link className={secondaryButton} href={pageLink(query.page + 1)}>
              Older
            </Link>
          )}
        </span>
      </nav>
    </div>
  );
}
