import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/app/_lib/page-actor";
import { columnFactory } from "@/components/data-table/columns";
import { StaticDataTable } from "@/components/data-table/static-data-table";
import { getDb } from "@/db";
import { type DeletedCommitmentJson, listDeletedCommitments } from "@/lib/commitments/deletion";
import { RestoreButton } from "./restore-button";

export const metadata: Metadata = { title: "Deleted commitments" };

const column = columnFactory<DeletedCommitmentJson>();

const columns = [
  column.display("commitment", { label: "Commitment" }, (d) => (
    <>
      <span className="font-medium text-slate-900 [overflow-wrap:anywhere]">
        #{d.id} {d.title}
      </span>
      <span className="block text-slate-600">
        <Link href={`/companies/${d.maker.slug}`} className="hover:underline">
          {d.maker.name}
        </Link>{" "}
        ·{" "}
        <Link href={`/regions/${d.region.slug}`} className="hover:underline">
          {d.region.name}
        </Link>
      </span>
    </>
  )),
  column.value("reason", (d) => d.reason, { label: "Why", className: "text-slate-700" }),
  column.value("deleted", (d) => `${d.deletedAt.slice(0, 10)} by ${d.deletedBy}`, {
    label: "Deleted",
    className: "text-slate-600",
  }),
  column.display("actions", { label: "Actions", hideLabel: true, align: "end" }, (d) => (
    <RestoreButton id={d.id} title={d.title} />
  )),
];

/** Commitments editors deleted, newest first, each restorable with its evidence and history. */
export default async function DeletedCommitmentsPage() {
  const { allowed } = await requirePageRole("admin", "/admin/deleted");
  if (!allowed) return null;
  const deleted = await listDeletedCommitments(await getDb());
  if (deleted.length === 0) {
    return (
      <p className="text-sm text-slate-600">No commitment has been deleted. Editors can delete one from its page.</p>
    );
  }
  return (
    <StaticDataTable
      columns={columns}
      data={deleted}
      getRowId={(d) => String(d.id)}
      label="Deleted commitments"
      frameClassName="[&_table]:min-w-[40rem]"
    />
  );
}
