import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { KindBadge, OverdueBadge, StaleBadge, StanceBadge, StatusBadge } from "@/components/ui/badge";
import { ExternalLink } from "@/components/ui/external-link";
import { ProgressBar } from "@/components/ui/progress-bar";
import { requireReader } from "@/app/_lib/viewer";
import { getDb } from "@/db";
import { type CommitmentDetailJson, getCommitmentDetail } from "@/lib/commitments/detail";
import { parseCommitmentId } from "@/lib/commitments/id";
import { STATUS_LABELS } from "@/lib/vocabulary";

export const metadata: Metadata = { title: "Commitment" };

// Not streamed behind a Suspense boundary: an unknown id must answer with a real 404 status, which is
// only possible before the response has started.
export default async function CommitmentPage({ params }: PageProps<"/commitments/[id]">) {
  await connection();
  const { id: rawId } = await params;
  await requireReader(`/commitments/${encodeURIComponent(rawId)}`);
  const id = parseCommitmentId(rawId);
  if (id === null) notFound();
  const commitment = await getCommitmentDetail(await getDb(), id);
  if (!commitment) notFound();

  return (
    <article className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
        <Link href="/commitments" className="hover:underline">
          Commitments
        </Link>{" "}
        / <span className="text-slate-900">#{commitment.id}</span>
      </nav>
      <header>
        <div className="flex flex-wrap items-center gap-2">
          <StatusBadge status={commitment.status} />
          <KindBadge kind={commitment.kind} />
          {commitment.overdue && <OverdueBadge />}
          {commitment.stale && <StaleBadge />}
        </div>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight text-slate-900">{commitment.title}</h1>
        {commitment.summary && <p className="mt-2 max-w-3xl text-slate-700">{commitment.summary}</p>}
      </header>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <EvidenceSection commitment={commitment} />
          <HistorySection commitment={commitment} />
        </div>
        <div className="space-y-6">
          <FactsSection commitment={commitment} />
          <SourceSection commitment={commitment} />
        </div>
      </div>
    </article>
  );
}

function Panel({ title, children }: { title: string; children: React.ReactNode }) {
  const id = `panel-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id={id} className="mb-3 text-base font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
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

function EvidenceSection({ commitment: c }: { commitment: CommitmentDetailJson }) {
  return (
    <Panel title="Evidence">
      {c.evidence.length === 0 ? (
        <p className="text-sm text-slate-600">
          No evidence attached yet. News items, filings and government notices that show progress, or its absence, will
          be listed here.
        </p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {c.evidence.map((e) => (
            <li key={e.id} className="py-2 text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <StanceBadge stance={e.stance} />
                <span className="tabular-nums text-slate-600">{e.publishedOn}</span>
                <ExternalLink href={e.url} className="font-medium">
                  {e.title}
                </ExternalLink>
              </div>
              {e.publisher && <p className="mt-0.5 text-slate-600">{e.publisher}</p>}
              {e.note && <p className="mt-0.5 whitespace-pre-line text-slate-700">{e.note}</p>}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

function HistorySection({ commitment: c }: { commitment: CommitmentDetailJson }) {
  return (
    <Panel title="Status history">
      {c.statusHistory.length === 0 ? (
        <p className="text-sm text-slate-600">No status changes recorded.</p>
      ) : (
        <ol className="space-y-3">
          {c.statusHistory.map((h, i) => (
            <li key={i} className="border-l-2 border-slate-200 pl-3 text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <time dateTime={h.changedAt} className="tabular-nums text-slate-600">
                  {h.changedAt.slice(0, 10)}
                </time>
                <span>
                  {h.from ? `${STATUS_LABELS[h.from]} → ` : "Recorded as "}
                  <strong>{STATUS_LABELS[h.to]}</strong> ({h.progress}%)
                </span>
                {h.changedBy && <span className="text-slate-500">by {h.changedBy}</span>}
              </div>
              <p className="mt-0.5 text-slate-700">{h.reason}</p>
            </li>
          ))}
        </ol>
      )}
    </Panel>
  );
}
