import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { FollowControl } from "@/app/_components/follow-control";
import { FeedLinks } from "@/components/feed-links";
import { requireReader } from "@/app/_lib/page-actor";
import { KindBadge, OverdueBadge, StaleBadge, StatusBadge } from "@/components/ui/badge";
import { ExternalLink } from "@/components/ui/external-link";
import { ProgressBar } from "@/components/ui/progress-bar";
import { getDb } from "@/db";
import { hasRole } from "@/lib/auth/roles";
import { type CommitmentDetailJson, getCommitmentDetail } from "@/lib/commitments/detail";
import { parseRowId } from "@/lib/row-id";
import { buildTimeline, timelineAudit, timelineNames } from "@/lib/commitments/timeline";
import { todayIso } from "@/lib/dates";
import { suggestStatus } from "@/lib/evidence/suggest";
import { type BrokenLink, brokenLinks } from "@/lib/links/queries";
import { quotesInContext } from "@/lib/mentions/queries";
import { AttachEvidence } from "./_components/attach-evidence";
import { EditorBar } from "./_components/editor-bar";
import { DeadLink } from "./_components/dead-link";
import { EvidenceList } from "./_components/evidence-list";
import { Statements } from "./_components/statements";
import { Timeline } from "./_components/timeline";

export async function generateMetadata({ params }: PageProps<"/commitments/[id]">): Promise<Metadata> {
  return { title: `Commitment #${(await params).id}` };
}

// Not streamed behind a Suspense boundary: an unknown id must answer with a real 404 status, which is
// only possible before the response has started.
export default async function CommitmentPage({ params }: PageProps<"/commitments/[id]">) {
  await connection();
  const { id: rawId } = await params;
  const actor = await requireReader(`/commitments/${encodeURIComponent(rawId)}`);
  const id = parseRowId(rawId);
  if (id === null) notFound();
  const db = await getDb();
  const today = todayIso();
  const commitment = await getCommitmentDetail(db, id, { today });
  if (!commitment) notFound();
  const timeline = buildTimeline(commitment, await timelineAudit(db, commitment));
  const names = await timelineNames(db, timeline);
  const quoteContexts = await quotesInContext(db, commitment.id);
  const canEdit = hasRole(actor?.role, "editor");
  const liveEvidence = commitment.evidence.filter((e) => !e.retracted);
  const broken = await brokenLinks(db, [
    ...liveEvidence.map((e) => e.url),
    ...(commitment.source ? [commitment.source.url] : []),
  ]);
  const suggestion = canEdit
    ? suggestStatus(
        commitment.status,
        commitment.evidence.map((e) => ({
          id: e.id,
          title: e.title,
          publishedOn: e.publishedOn,
          stance: e.stance,
          retracted: e.retracted !== null,
        })),
      )
    : null;

  return (
    <article className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
        <Link href="/commitments" className="hover:underline">
          Commitments
        </Link>{" "}
        / <span className="text-slate-900">#{commitment.id}</span>
      </nav>
      <header className="space-y-3">
        <div className="flex flex-wrap items-center gap-2">
          <StatusBadge status={commitment.status} />
          <KindBadge kind={commitment.kind} />
          {commitment.overdue && <OverdueBadge />}
          {commitment.stale && <StaleBadge />}
        </div>
        <h1 className="text-2xl font-semibold tracking-tight wrap-anywhere text-slate-900">{commitment.title}</h1>
        {commitment.summary && <p className="max-w-3xl whitespace-pre-line text-slate-700">{commitment.summary}</p>}
        <div className="flex flex-wrap items-center gap-3">
          <FollowControl target={{ commitment: commitment.id }} />
          <FeedLinks path={`/feeds/commitments/${commitment.id}`} />
        </div>
        {canEdit && (
          <EditorBar
            commitmentId={commitment.id}
            title={commitment.title}
            version={commitment.version}
            status={commitment.status}
            progress={commitment.progress}
            evidence={liveEvidence.map((e) => ({ id: e.id, title: e.title, publishedOn: e.publishedOn }))}
            suggestion={suggestion}
          />
        )}
      </header>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Panel
            title="Evidence"
            action={
              canEdit ? (
                <AttachEvidence
                  commitmentId={commitment.id}
                  today={today}
                  attached={liveEvidence.map((e) => ({ id: e.id, url: e.url, title: e.title }))}
                />
              ) : undefined
            }
          >
            <EvidenceList commitment={commitment} canEdit={canEdit} today={today} names={names} broken={broken} />
          </Panel>
          <Panel title="Statements">
            <Statements mentions={commitment.mentions} contexts={quoteContexts} />
          </Panel>
          <Panel title="History">
            <Timeline events={timeline} names={names} />
          </Panel>
        </div>
        <div className="space-y-6">
          <FactsSection commitment={commitment} />
          <SourceSection commitment={commitment} broken={broken} />
        </div>
      </div>
    </article>
  );
}

function Panel({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) {
  const id = `panel-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id={id} className="text-base font-semibold text-slate-900">
          {title}
        </h2>
        {action}
      </div>
      {children}
    </section>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-3 gap-2 py-1.5 text-sm">
      <dt className="text-slate-600">{label}</dt>
      <dd className="col-span-2 text-slate-900">{children}</dd>
    </div>
  );
}

const none = <span className="text-slate-400">—</span>;

function FactsSection({ commitment: c }: { commitment: CommitmentDetailJson }) {
  return (
    <Panel title="Details">
      <dl className="divide-y divide-slate-100">
        <Fact label="Maker">{c.maker.name}</Fact>
        <Fact label="Counterpart">{c.counterpart?.name ?? none}</Fact>
        <Fact label="Region">{c.region.name}</Fact>
        <Fact label="Sector">{c.sector ?? none}</Fact>
        <Fact label="Announced">{c.announcedOn}</Fact>
        <Fact label="Target date">{c.targetOn ?? none}</Fact>
        <Fact label="Amount">
          {c.amount === null
            ? none
            : `${c.amount.toLocaleString("en", { maximumFractionDigits: 2 })} ${c.currency ?? ""}`}
        </Fact>
        <Fact label="Jobs">{c.jobs === null ? none : c.jobs.toLocaleString("en")}</Fact>
        <Fact label="Progress">
          <ProgressBar value={c.progress} status={c.status} />
        </Fact>
        <Fact label="Evidence">
          {c.evidenceCount} {c.latestEvidenceOn ? `(latest ${c.latestEvidenceOn})` : ""}
        </Fact>
        <Fact label="Version">{c.version}</Fact>
      </dl>
    </Panel>
  );
}

function SourceSection({
  commitment: c,
  broken,
}: {
  commitment: CommitmentDetailJson;
  broken: Map<string, BrokenLink>;
}) {
  return (
    <Panel title="Source">
      {c.source ? (
        <div className="space-y-1 text-sm">
          <ExternalLink href={c.source.url} className="font-medium">
            {c.source.title}
          </ExternalLink>
          <p className="text-slate-600">
            {[c.source.publisher, `published ${c.source.publishedOn}`, c.source.eventOn && `event ${c.source.eventOn}`]
              .filter(Boolean)
              .join(" · ")}
          </p>
          {c.source.location && <p className="text-slate-600">Stated in: {c.source.location}</p>}
          {broken.has(c.source.url) && <DeadLink link={broken.get(c.source.url)!} archived={false} />}
        </div>
      ) : (
        <p className="text-sm text-slate-600">No source recorded.</p>
      )}
    </Panel>
  );
}
