import type { Metadata } from "next";
import { connection } from "next/server";
import { requirePageRole } from "@/app/_lib/page-actor";
import { Forbidden } from "@/components/forbidden";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db";
import { listImports } from "@/lib/imports/queries";
import { ImportWorkspace } from "./_components/import-workspace";
import { RecentImports } from "./_components/recent-imports";

export const metadata: Metadata = { title: "Import" };

export default async function ImportsPage() {
  await connection();
  const { actor, allowed } = await requirePageRole("editor", "/imports");
  if (!allowed) return <Forbidden need="editor" have={actor.role} />;
  const recent = await listImports(await getDb());
  return (
    <div className="space-y-8">
      <PageHeader
        title="Import"
        description="Bring commitments in from a spreadsheet (CSV or Excel). Every row is checked first; nothing is written until you import, and then all of it or nothing."
      />
      <ImportWorkspace />
      <RecentImports imports={recent} canUndo={actor.role === "admin"} />
    </div>
  );
}
