import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { requireReader } from "@/app/_lib/page-actor";
import { ExternalLink } from "@/components/ui/external-link";
import { getDb } from "@/db";
import { parseRowId } from "@/lib/row-id";
import { getSourceWithText } from "@/lib/sources/text";
import { HashStatus } from "./_components/hash-status";
import { QuotedText } from "./_components/quoted-text";

export async function generateMetadata({ params }: PageProps<"/sources/[id]">): Promise<Metadata> {
  return { title: `Source #${(await params).id}` };
}

export default async function SourcePage({ params }: PageProps<"/sources/[id]">) {
  await connection();
  const { id: rawId } = await params;
  await requireReader(`/sources/${encodeURIComponent(rawId)}`);
  const id = parseRowId(rawId);
  if (id === null) notFound();
  const source = await getSourceWithText(await getDb(), id);
  if (!source) notFound();

  return (
    <article className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
        Sources / <span className="text-slate-900">#{source.id}</span>
      </nav>
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{source.title}</h1>
        <p className="text-sm text-slate-600">
          {[source.publisher, `published ${source.publishedOn}`, source.eventOn && `event ${source.eventOn}`]
            .filter(Boolean)
            .join(" · ")}
          {" · "}
          <span lang={source.language}>language {source.language}</span>
        </p>
        <ExternalLink href={source.url} className="break-all text-sm">
          {source.url}
        </ExternalLink>
        <HashStatus source={source} />
      </header>
      <div className="grid gap-6 lg:grid-cols-3">
        <section
          aria-labelledby="source-text"
          className="rounded-lg border border-slate-200 bg-white p-4 lg:col-span-2"
        >
          <h2 id="source-text" className="mb-3 text-base font-semibold text-slate-900">
            Text
          </h2>
          {source.text === null ? (
            <p className="text-sm text-slate-600">
              The text was not stored with this source. Commitments recorded from it link here without a quote.
            </p>
          ) : (
            <div lang={source.language}>
              <QuotedText text={source.text} mentions={source.mentions} />
            </div>
          )}
        </section>
        <section aria-labelledby="source-quotes" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="source-quotes" className="mb-3 text-base font-semibold text-slate-900">
            Quotes ({source.mentions.length})
          </h2>
          {source.mentions.length === 0 ? (
            <p className="text-sm text-slate-600">No commitment quotes this text yet.</p>
          ) : (
            <ol className="space-y-2 text-sm">
              {source.mentions.map((m) => (
                <li key={m.id}>
                  <Link href={`/commitments/${m.commitment.id}`} className="font-medium text-blue-700 hover:underline">
                    #{m.commitment.id} {m.commitment.title}
                  </Link>
                  {m.restatement && <span className="ml-1 text-xs text-slate-500">(restated)</span>}
                  <a href={`#q-${m.id}`} className="ml-2 text-xs text-slate-500 hover:underline">
                    show in text
                  </a>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
    </article>
  );
}
