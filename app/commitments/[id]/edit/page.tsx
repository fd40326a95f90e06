import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Forbidden } from "@/components/forbidden";
import { requirePageRole } from "@/app/_lib/page-actor";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db";
import { getCommitmentDetail } from "@/lib/commitments/detail";
import { parseRowId } from "@/lib/row-id";
import { listSectors } from "@/lib/commitments/sectors";
import { todayIso } from "@/lib/dates";
import { CommitmentForm } from "../../_components/commitment-form";

export const metadata: Metadata = { title: "Edit commitment" };

export default async function EditCommitmentPage({ params }: PageProps<"/commitments/[id]/edit">) {
  const { id: raw } = await params;
  const { actor, allowed } = await requirePageRole("editor", `/commitments/${encodeURIComponent(raw)}/edit`);
  if (!allowed) return <Forbidden need="editor" have={actor.role} />;
  const id = parseRowId(raw);
  if (id === null) notFound();
  const db = await getDb();
  const [commitment, sectors] = await Promise.all([getCommitmentDetail(db, id), listSectors(db)]);
  if (!commitment) notFound();
  return (
    <div className="max-w-3xl">
      <PageHeader
        title="Edit commitment"
        description={`#${commitment.id} · version ${commitment.version}. Status changes go through “Update status”, with a reason.`}
      />
      <CommitmentForm existing={commitment} sectors={sectors} today={todayIso()} />
    </div>
  );
}
