import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { Suspense } from "react";
import { ScopedCommitments } from "@/app/_components/scoped-commitments";
import { FollowControl } from "@/app/_components/follow-control";
import { FeedLinks } from "@/components/feed-links";
import { requireReader } from "@/app/_lib/page-actor";
import { StatsPanels } from "@/components/charts/stats-panels";
import { StatsSkeleton } from "@/components/charts/stats-skeleton";
import { EditEntityButton } from "@/components/forms/entity-buttons";
import { MergeEntityButton } from "@/components/forms/merge-entity-button";
import { CommittedTo } from "./_components/committed-to";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db";
import { getStatsFor } from "@/lib/analytics/stats";
import { commitmentsTo } from "@/lib/organizations/queries";
import { hasRole } from "@/lib/auth/roles";
import { todayIso } from "@/lib/dates";
import { canonicalOrganizationSlug, getOrganizationProfile } from "@/lib/organizations/queries";
import { ORGANIZATION_KIND_LABELS } from "@/lib/vocabulary";

export async function generateMetadata({ params }: PageProps<"/companies/[slug]">): Promise<Metadata> {
  return { title: decodeURIComponent((await params).slug) };
}

// Not streamed: an unknown company must answer 404, and a former name or alias redirects to the slug.
export default async function CompanyPage({ params, searchParams }: PageProps<"/companies/[slug]">) {
  await connection();
  const slug = decodeURIComponent((await params).slug);
  const actor = await requireReader(`/companies/${encodeURIComponent(slug)}`);
  const db = await getDb();
  const org = await getOrganizationProfile(db, slug);
  if (!org) {
    const canonical = await canonicalOrganizationSlug(db, slug);
    if (canonical) redirect(`/companies/${encodeURIComponent(canonical)}`);
    notFound();
  }
  const today = todayIso();
  const scope = { company: org.slug };

  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
        <Link href="/companies" className="hover:underline">
          Companies
        </Link>
        {org.parent && (
          <>
            {" / "}
            <Link href={`/companies/${org.parent.slug}`} className="hover:underline">
              {org.parent.name}
            </Link>
          </>
        )}
        {" / "}
        <span className="text-slate-900">{org.name}</span>
      </nav>
      <PageHeader
        title={org.name}
        description={[
          ORGANIZATION_KIND_LABELS[org.kind],
          org.country,
          org.aliases.length ? `also known as ${org.aliases.join(", ")}` : null,
        ]
          .filter(Boolean)
          .join(" · ")}
        actions={
          <>
            <FeedLinks path={`/feeds/companies/${org.slug}`} />
            <FollowControl target={{ company: org.slug }} />
            {hasRole(actor?.role, "editor") && (
              <>
                <EditEntityButton entity="organization" record={org} />
                <MergeEntityButton entity="organization" record={org} />
              </>
            )}
          </>
        }
      />
      {(org.parent || org.subsidiaries.length > 0) && (
        <section aria-label="Group" className="rounded-lg border border-slate-200 bg-white p-4 text-sm shadow-sm">
          {org.parent && (
            <p>
              Part of{" "}
              <Link href={`/companies/${org.parent.slug}`} className="text-blue-700 underline">
                {org.parent.name}
              </Link>
              .
            </p>
          )}
          {org.subsidiaries.length > 0 && (
            <p className={org.parent ? "mt-1" : ""}>
              Subsidiaries and joint ventures (counted in the figures below):{" "}
              {org.subsidiaries.map((s, i) => (
                <span key={s.slug}>
                  {i > 0 && ", "}
                  <Link href={`/companies/${s.slug}`} className="text-blue-700 underline">
                    {s.name}
                  </Link>
                </span>
              ))}
              .
            </p>
          )}
        </section>
      )}
      <Suspense fallback={<StatsSkeleton />}>
        <CompanyStats slug={org.slug} today={today} />
      </Suspense>
      <CommittedTo name={org.name} to={await commitmentsTo(db, org.slug)} />
      <ScopedCommitments
        db={db}
        scope={scope}
        path={`/companies/${encodeURIComponent(org.slug)}`}
        searchParams={await searchParams}
        today={today}
      />
    </div>
  );
}

async function CompanyStats({ slug, today }: { slug: string; today: string }) {
  const stats = await getStatsFor(await getDb(), { company: slug }, today);
  return <StatsPanels stats={stats} />;
}
