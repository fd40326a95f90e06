import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { requireReader } from "@/app/_lib/viewer";
import { EditEntityButton, NewEntityButton } from "@/components/forms/entity-buttons";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db";
import { hasRole } from "@/lib/auth/roles";
import { listOrganizationsWithCounts } from "@/lib/organizations/index-query";
import { ORGANIZATION_KIND_LABELS } from "@/lib/vocabulary";

export const metadata: Metadata = { title: "Companies and governments" };

export default async function CompaniesPage() {
  await connection();
  const viewer = await requireReader("/companies");
  const canEdit = hasRole(viewer?.role, "editor");
  const organizations = await listOrganizationsWithCounts(await getDb());

  return (
    <>
      <PageHeader
        title="Companies and governments"
        description="Everyone who makes or receives commitments, with how many they made and how many are achieved."
        actions={canEdit ? <NewEntityButton entity="organization" /> : undefined}
      />
      {organizations.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">
          No organizations yet.{canEdit ? " Add one, or record a commitment and create its maker there." : ""}
        </p>
      ) : (
        <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="min-w-full text-left text-sm" aria-label="Organizations">
            <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  Name
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Kind
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Part of
                </th>
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  Commitments made
                </th>
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  With subsidiaries
                </th>
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  Achieved
                </th>
                {canEdit && (
                  <th scope="col" className="px-3 py-2">
                    <span className="sr-only">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {organizations.map((org) => (
                <tr key={org.slug} className="hover:bg-slate-50">
                  <td className="px-3 py-2">
                    <Link href={`/companies/${org.slug}`} className="font-medium text-blue-700 hover:underline">
                      {org.name}
                    </Link>
                    {org.aliases.length > 0 && <div className="text-xs text-slate-500">{org.aliases.join(" · ")}</div>}
                  </td>
                  <td className="px-3 py-2">
                    {ORGANIZATION_KIND_LABELS[org.kind]}
                    {org.country && <span className="text-slate-500"> · {org.country}</span>}
                  </td>
                  <td className="px-3 py-2">{org.parent?.name ?? <span className="text-slate-400">—</span>}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{org.made}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{org.groupMade}</td>
                  <td className="px-3 py-2 text-right tabular-nums">
                    {org.achievedPercent === null ? "—" : `${org.achievedPercent}%`}
                  </td>
                  {canEdit && (
                    <td className="px-3 py-2 text-right">
                      <EditEntityButton entity="organization" record={org} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
