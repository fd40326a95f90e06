import type { Metadata } from "next";
import Link from "next/link";
import { FollowControl } from "@/app/_components/follow-control";
import { FeedLinks } from "@/components/feed-links";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { Suspense } from "react";
import { ScopedCommitments } from "@/app/_components/scoped-commitments";
import { requireReader } from "@/app/_lib/page-actor";
import { StatsPanels } from "@/components/charts/stats-panels";
import { StatsSkeleton } from "@/components/charts/stats-skeleton";
import { EditEntityButton } from "@/components/forms/entity-buttons";
import { MergeEntityButton } from "@/components/forms/merge-entity-button";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db";
import { getStatsFor } from "@/lib/analytics/stats";
import { hasRole } from "@/lib/auth/roles";
import { todayIso } from "@/lib/dates";
import { canonicalRegionSlug, getRegionProfile } from "@/lib/regions/queries";
import { REGION_KIND_LABELS } from "@/lib/vocabulary";

export async function generateMetadata({ params }: PageProps<"/regions/[slug]">): Promise<Metadata> {
  return { title: decodeURIComponent((await params).slug) };
}

// Not streamed: an unknown region must answer 404, and a former name or alias redirects to the slug.
export default async function RegionPage({ params, searchParams }: PageProps<"/regions/[slug]">) {
  await connection();
  const slug = decodeURIComponent((await params).slug);
  const actor = await requireReader(`/regions/${encodeURIComponent(slug)}`);
  const db = await getDb();
  const region = await getRegionProfile(db, slug);
  if (!region) {
    const canonical = await canonicalRegionSlug(db, slug);
    if (canonical) redirect(`/regions/${encodeURIComponent(canonical)}`);
    notFound();
  }
  const today = todayIso();

  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
        <Link href="/regions" className="hover:underline">
          Regions
        </Link>
        {region.ancestors.map((a) => (
          <span key={a.slug}>
            {" / "}
            <Link href={`/regions/${a.slug}`} className="hover:underline">
              {a.name}
            </Link>
          </span>
        ))}
        {" / "}
        <span className="text-slate-900">{region.name}</span>
      </nav>
      <PageHeader
        title={region.name}
        description={[
          REGION_KIND_LABELS[region.kind],
          region.aliases.length ? `also ${region.aliases.join(", ")}` : null,
          "figures include every region within it",
        ]
          .filter(Boolean)
          .join(" · ")}
        actions={
          <>
            <FeedLinks path={`/feeds/regions/${region.slug}`} />
            <FollowControl target={{ region: region.slug }} />
            {hasRole(actor?.role, "editor") && (
              <>
                <EditEntityButton entity="region" record={region} />
                <MergeEntityButton entity="region" record={region} />
              </>
            )}
          </>
        }
      />
      {region.children.length > 0 && (
        <section aria-labelledby="sub-regions" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="sub-regions" className="text-base font-semibold text-slate-900">
            Sub-regions
          </h2>
          <ul className="mt-2 flex flex-wrap gap-2 text-sm">
            {region.children.map((child) => (
              <li key={child.slug}>
                <Link
                  href={`/regions/${child.slug}`}
                  className="inline-flex items-center gap-1.5 rounded-full bg-slate-100 px-3 py-1 text-slate-800 ring-1 ring-slate-200 hover:bg-slate-200"
                >
                  {child.name}
                  <span className="tabular-nums text-xs text-slate-500">{child.total}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <Suspense fallback={<StatsSkeleton />}>
        <RegionStats slug={region.slug} today={today} />
      </Suspense>
      <ScopedCommitments
        db={db}
        scope={{ region: region.slug }}
        path={`/regions/${encodeURIComponent(region.slug)}`}
        searchParams={await searchParams}
        today={today}
      />
    </div>
  );
}

async function RegionStats({ slug, today }: { slug: string; today: string }) {
  const stats = await getStatsFor(await getDb(), { region: slug }, today);
  return <StatsPanels stats={stats} />;
}
