import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/app/_lib/viewer";
import { inputClasses, primaryButton, secondaryButton } from "@/components/forms/field";
import { getDb } from "@/db";
import { type AuditEntryJson, auditQuerySchema, listAudit } from "@/lib/audit/queries";
import { fieldLabel, readablePerson, readableValue } from "@/lib/audit/readable";
import { loadReadableNames } from "@/lib/audit/readable-names";
import { AUDIT_ACTIONS, AUDIT_ACTION_LABELS } from "@/lib/audit/record";
import { fieldErrors } from "@/app/api/_lib/body";

export const metadata: Metadata = { title: "Audit log" };

const ENTITY_TYPES = ["commitment", "evidence", "organization", "region", "source", "user", "api_token", "session"];

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

/** A readable name for the record: its title, name or email when the entry carries one. */
function recordName(entry: AuditEntryJson): string | null {
  for (const values of [entry.after, entry.before]) {
    for (const key of ["title", "name", "email"]) {
      const value = values?.[key];
      if (typeof value === "string" && value) return value;
    }
  }
  return null;
}

function entityLink(entry: AuditEntryJson) {
  const name = recordName(entry);
  const label = `${entry.entityType}${entry.entityId ? ` ${entry.entityId}` : ""}${name ? `: ${name}` : ""}`;
  if (entry.entityType === "commitment" && entry.entityId) {
    return (
      <Link className="text-blue-700 hover:underline" href={`/commitments/${entry.entityId}`}>
        {label}
      </Link>
    );
  }
  return label;
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
      <form
        method="get"
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm"
        aria-label="Filter the audit log"
      >
        <label className="flex flex-col gap-1">
          Action
          <select name="action" defaultValue={query.action ?? ""} className={inputClasses}>
            <option value="">Any</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {AUDIT_ACTION_LABELS[a]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          Record
          <select name="entityType" defaultValue={query.entityType ?? ""} className={inputClasses}>
            <option value="">Any</option>
            {ENTITY_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          Record id
          <input name="entityId" defaultValue={query.entityId ?? ""} className={inputClasses} size={8} />
        </label>
        <label className="flex flex-col gap-1">
          Who
          <input name="actor" defaultValue={query.actor ?? ""} placeholder="email" className={inputClasses} />
        </label>
        <label className="flex flex-col gap-1">
          From
          <input type="date" name="from" defaultValue={query.from ?? ""} className={inputClasses} />
        </label>
        <label className="flex flex-col gap-1">
          To
          <input type="date" name="to" defaultValue={query.to ?? ""} className={inputClasses} />
        </label>
        <button type="submit" className={primaryButton}>
          Filter
        </button>
        <Link href="/admin/audit" className={secondaryButton}>
          Clear
        </Link>
      </form>

      <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        {data.length === 0 ? (
          <p className="p-6 text-sm text-slate-600">No entries match these filters.</p>
        ) : (
          <table className="min-w-full text-left text-sm" aria-label="Audit log">
            <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  When (UTC)
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Who
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  What
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Record
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Changes
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 align-top">
              {data.map((entry) => (
                <tr key={entry.id}>
                  <td className="whitespace-nowrap px-3 py-2 tabular-nums">
                    {entry.at.slice(0, 19).replace("T", " ")}
                  </td>
                  <td className="px-3 py-2">
                    {readablePerson(entry.actor.label, names.people)}
                    {readablePerson(entry.actor.label, names.people) !== entry.actor.label && (
                      <div className="text-xs text-slate-500">{entry.actor.label}</div>
                    )}
                    {entry.ip && <div className="text-xs text-slate-500">{entry.ip}</div>}
                  </td>
                  <td className="px-3 py-2">{AUDIT_ACTION_LABELS[entry.action] ?? entry.action}</td>
                  <td className="px-3 py-2">{entityLink(entry)}</td>
                  <td className="px-3 py-2">
                    {entry.changes ? (
                      <ul className="space-y-0.5">
                        {Object.entries(entry.changes).map(([field, change]) => {
                          const context = { entityType: entry.entityType, references: names.references };
                          return (
                            <li key={field}>
                              <span className="font-medium">{fieldLabel(field)}</span>:{" "}
                              <span className="text-slate-500 line-through">
                                {readableValue(field, change.from, context)}
                              </span>{" "}
                              → <span>{readableValue(field, change.to, context)}</span>
                            </li>
                          );
                        })}
                      </ul>
                    ) : (
                      <span className="text-slate-400">—</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
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
