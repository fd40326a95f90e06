import type { Metadata } from "next";
import { connection } from "next/server";
import { requirePageRole } from "@/app/_lib/page-actor";
import { Forbidden } from "@/components/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db";
import { listSectors } from "@/lib/commitments/sectors";
import { todayIso } from "@/lib/dates";
import { IntakeWorkspace } from "./_components/intake-workspace";

export const metadata: Metadata = { title: "Statement intake" };

export default async function IntakePage() {
  await connection();
  const { actor, allowed } = await requirePageRole("editor", "/intake");
  if (!allowed) return <Forbidden need="editor" have={actor.role} />;
  const sectors = await listSectors(await getDb());
  return (
    <div>
      <PageHeader
        title="Statement intake"
        description="Paste or upload a statement, find its commitments, review each one, and save them with the exact words that stated them."
      />
      <IntakeWorkspace today={todayIso()} sectors={sectors} />
    </div>
  );
}
