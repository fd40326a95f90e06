import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { requireReader } from "@/app/_lib/page-actor";
import { EditEntityButton, NewEntityButton } from "@/components/forms/entity-buttons";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db";
import { hasRole } from "@/lib/auth/roles";
import { listRegionTree } from "@/lib/regions/queries";
import { REGION_KIND_LABELS } from "@/lib/vocabulary";

export const metadata: Metadata = { title: "Regions" };

export default async function RegionsPage() {
  await connection();
  const actor = await requireReader("/regions");
  const canEdit = hasRole(actor?.role, "editor");
  const regions = await listRegionTree(await getDb());

  return (
    <>
      <PageHeader
        title="Regions"
        description="Countries, provinces, cities and zones. A region's count includes every region inside it."
        actions={canEdit ? <NewEntityButton entity="region" /> : undefined}
      />
      {regions.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-sm text-slate-600">
          No regions yet.
        </p>
      ) : (
        <ul
          className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm"
          aria-label="Region tree"
        >
          {regions.map((region) => (
            <li
              key={region.slug}
              className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 text-sm"
              style={{ paddingLeft: `${0.75 + region.depth * 1.5}rem` }}
            >
              <span aria-hidden className="text-slate-300">
                {region.depth > 0 ? "└" : ""}
              </span>
              <Link
                href={`/regions/${region.slug}`}
                className="min-w-0 font-medium wrap-anywhere text-blue-700 hover:underline"
              >
                {region.name}
              </Link>
              <span className="text-xs text-slate-500">
                {REGION_KIND_LABELS[region.kind]}
                {region.aliases.length > 0 && ` · ${region.aliases.join(" · ")}`}
              </span>
              <span className="ml-auto tabular-nums text-slate-700" title={`${region.own} in ${region.name} itself`}>
                {region.total} commitment{region.total === 1 ? "" : "s"}
              </span>
              {canEdit && <EditEntityButton entity="region" record={region} />}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
