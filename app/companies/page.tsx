import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { requireReader } from "@/app/_lib/page-actor";
import { EditEntityButton, NewEntityButton } from "@/components/forms/entity-buttons";
import { columnFactory } from "@/components/data-table/columns";
import { StaticDataTable } from "@/components/data-table/static-data-table";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db";
import { hasRole } from "@/lib/auth/roles";
import { type OrganizationWithCounts, listOrganizationsWithCounts } from "@/lib/organizations/queries";
import { ORGANIZATION_KIND_LABELS } from "@/lib/vocabulary";

export const metadata: Metadata = { title: "Companies and governments" };

const column = columnFactory<OrganizationWithCounts>();
const dash = <span className="text-slate-400">—</span>;

const columns = [
  column.display("name", { label: "Name" }, (org) => (
    <>
      <Link href={`/companies/${org.slug}`} className="font-medium text-blue-700 hover:underline">
        {org.name}
      </Link>
      {org.aliases.length > 0 && <div className="text-xs text-slate-500">{org.aliases.join(" · ")}</div>}
    </>
  )),
  column.display("kind", { label: "Kind" }, (org) => (
    <>
      {ORGANIZATION_KIND_LABELS[org.kind]}
      {org.country && <span className="text-slate-500"> · {org.country}</span>}
    </>
  )),
  column.value(
    "parent",
    (org) => org.parent?.name ?? null,
    { label: "Part of" },
    (name) => name ?? dash,
  ),
  column.value("made", (org) => org.made, { label: "Commitments made", align: "end" }),
  column.value("groupMade", (org) => org.groupMade, { label: "With subsidiaries", align: "end" }),
  column.value(
    "achieved",
    (org) => org.achievedPercent,
    { label: "Achieved", align: "end" },
    (percent) => (percent === null ? "—" : `${percent}%`),
  ),
];

const actions = column.display("actions", { label: "Actions", hideLabel: true, align: "end" }, (org) => (
  <EditEntityButton entity="organization" record={org} />
));

export default async function CompaniesPage() {
  await connection();
  const actor = await requireReader("/companies");
  const canEdit = hasRole(actor?.role, "editor");
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
        <StaticDataTable
          columns={canEdit ? [...columns, actions] : columns}
          data={organizations}
          getRowId={(org) => org.slug}
          label="Organizations"
        />
      )}
    </>
  );
}
