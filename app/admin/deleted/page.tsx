import type { Metadata } from "next";
import Link from "next/link";
import { requirePageRole } from "@/app/_lib/viewer";
import { getDb } from "@/db";
import { listDeletedCommitments } from "@/lib/commitments/deletion";
import { RestoreButton } from "./restore-button";

export const metadata: Metadata = { title: "Deleted commitments" };

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
    <div className="overflow-x-auto">
      <table className="w-full min-w-[40rem] text-left text-sm">
        <caption className="sr-only">Deleted commitments</caption>
        <thead className="border-b border-slate-200 text-slate-600">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">
              Commitment
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Why
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Deleted
            </th>
            <th scope="col" className="py-2 font-medium">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {deleted.map((d) => (
            <tr key={d.id} className="align-top">
              <td className="py-2 pr-3">
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
              </td>
              <td className="py-2 pr-3 text-slate-700">{d.reason}</td>
              <td className="py-2 pr-3 text-slate-600">
                {d.deletedAt.slice(0, 10)} by {d.deletedBy}
              </td>
              <td className="py-2 text-right">
                <RestoreButton id={d.id} title={d.title} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
