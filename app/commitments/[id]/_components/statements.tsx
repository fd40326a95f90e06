import Link from "next/link";
import { ExternalLink } from "@/components/ui/external-link";
import type { MentionJson } from "@/lib/mentions/queries";
import type { QuoteInContext } from "@/lib/mentions/paragraph";

const CHANGED_NAMES: Record<string, string> = { amount: "amount", jobs: "jobs", targetOn: "target date" };

/** "Announced once", "Announced 3 times": how many statements made or repeated the commitment. */
export function announcedTimes(count: number): string {
  return count === 1 ? "Announced once" : `Announced ${count} times`;
}

/** The statements of a commitment, oldest first, each quote shown in its paragraph of the stored text. */
export function Statements({ mentions, contexts }: { mentions: MentionJson[]; contexts: Map<number, QuoteInContext> }) {
  if (mentions.length === 0) {
    return <p className="text-sm text-slate-600">No statement is recorded for this commitment.</p>;
  }
  return (
    <div className="space-y-3 text-sm">
      <p className="font-medium text-slate-800">{announcedTimes(mentions.length)}</p>
      <ol className="space-y-4">
        {mentions.map((m) => {
          const context = contexts.get(m.id);
          return (
            <li key={m.id} className="space-y-1">
              <div className="flex flex-wrap items-baseline gap-x-2">
                <span className="tabular-nums text-slate-600">{m.source.publishedOn}</span>
                <Link
                  href={`/sources/${m.source.id}${context ? `#q-${m.id}` : ""}`}
                  className="font-medium text-blue-700 hover:underline"
                >
                  {m.source.title}
                </Link>
                <span className="text-xs text-slate-500">
                  {m.restatement ? "restated" : "first stated"}
                  {m.changed.length > 0 && ` · changed: ${m.changed.map((f) => CHANGED_NAMES[f] ?? f).join(", ")}`}
                </span>
              </div>
              {context ? (
                <blockquote className="border-l-2 border-slate-200 pl-3 leading-6 text-slate-700">
                  {context.before}
                  <mark className="rounded-sm bg-yellow-100 px-0.5 text-slate-900">{context.quote}</mark>
                  {context.after}
                </blockquote>
              ) : (
                <p className="text-slate-600">
                  No quote: the text of this statement is not stored.{" "}
                  <ExternalLink href={m.source.url}>Open the statement</ExternalLink>
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
