import type { Metadata } from "next";
import { Forbidden } from "@/components/forbidden";
import { requirePageRole } from "@/app/_lib/page-actor";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db";
import { listSectors } from "@/lib/commitments/sectors";
import { todayIso } from "@/lib/dates";
import { CommitmentForm } from "../_components/commitment-form";

export const metadata: Metadata = { title: "Record a commitment" };

export default async function NewCommitmentPage() {
  const { actor, allowed } = await requirePageRole("editor", "/commitments/new");
  if (!allowed) return <Forbidden need="editor" have={actor.role} />;
  const sectors = await listSectors(await getDb());
  return (
    <div className="max-w-3xl">
      <PageHeader
        title="Record a commitment"
        description="One pledge, request or intent from a statement, with who made it, where, and its source."
      />
      <CommitmentForm sectors={sectors} today={todayIso()} />
    </div>
  );
}
