import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { requireReader } from "@/app/_lib/page-actor";
import { KindBadge, OverdueBadge, StaleBadge, StanceBadge, StatusBadge } from "@/components/ui/badge";
import { ExternalLink } from "@/components/ui/external-link";
import { ProgressBar } from "@/components/ui/progress-bar";
import { getDb } from "@/db";
import { readablePerson, readableValue } from "@/lib/audit/readable";
import type { ReadableNames } from "@/lib/audit/readable-names";
import { hasRole } from "@/lib/auth/roles";
import { type CommitmentDetailJson, getCommitmentDetail } from "@/lib/commitments/detail";
import { parseRowId } from "@/lib/row-id";
import { buildTimeline, timelineAudit, timelineNames } from "@/lib/commitments/timeline";
import { todayIso } from "@/lib/dates";
import { suggestStatus } from "@/lib/evidence/suggest";
import { quotesInContext } from "@/lib/mentions/queries";
import { AttachEvidence } from "./_components/attach-evidence";
import { EditorBar } from "./_components/editor-bar";
import { EvidenceActions } from "./_components/evidence-actions";
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
            <EvidenceList commitment={commitment} canEdit={canEdit} today={today} names={names} />
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
          <SourceSection commitment={commitment} />
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

function SourceSection({ commitment: c }: { commitment: CommitmentDetailJson }) {
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
        </div>
      ) : (
        <p className="text-sm text-slate-600">No source recorded.</p>
      )}
    </Panel>
  );
}

function EvidenceList({
  commitment: c,
  canEdit,
  today,
  names,
}: {
  commitment: CommitmentDetailJson;
  canEdit: boolean;
  today: string;
  names: ReadableNames;
}) {
  if (c.evidence.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        No evidence attached yet. News items, filings and government notices that show progress, or its absence, will be
        listed here.
      </p>
    );
  }
  return (
    <ul className="divide-y divide-slate-100">
      {c.evidence.map((e) => (
        <li
          key={e.id}
          id={`evidence-${e.id}`}
          className={`scroll-mt-20 py-2 text-sm ${e.retracted ? "opacity-70" : ""}`}
        >
          <div className="flex flex-wrap items-center gap-2">
            <StanceBadge stance={e.stance} />
            <span className="tabular-nums text-slate-600">{e.publishedOn}</span>
            <ExternalLink href={e.url} className={`font-medium ${e.retracted ? "line-through" : ""}`}>
              {e.title}
            </ExternalLink>
            {canEdit && !e.retracted && <EvidenceActions commitmentId={c.id} item={e} today={today} />}
          </div>
          <p className="mt-0.5 text-slate-600">
            {[
              e.publisher,
              e.language !== "en" && readableValue("language", e.language),
              e.addedBy && `added by ${readablePerson(e.addedBy, names.people)}`,
            ]
              .filter(Boolean)
              .join(" · ")}
            {e.archiveUrl && (
              <>
                {" · "}
                <ExternalLink href={e.archiveUrl}>archived copy</ExternalLink>
              </>
            )}
          </p>
          {e.note && <p className="mt-0.5 whitespace-pre-line text-slate-700">{e.note}</p>}
          {e.retracted && (
            <p className="mt-0.5 text-red-800">
              Retracted {e.retracted.at.slice(0, 10)}
              {e.retracted.by && ` by ${readablePerson(e.retracted.by, names.people)}`}: {e.retracted.reason}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
