import Link from "next/link";
import type { QuotedMention } from "@/lib/sources/text";
import { segmentText } from "@/lib/text/ranges";

/**
 * The stored text as written (line breaks kept), each quoted stretch highlighted and linked to the
 * commitment it states; a stretch quoted by several commitments names them all in its title.
 */
export function QuotedText({ text, mentions }: { text: string; mentions: QuotedMention[] }) {
  const byId = new Map(mentions.map((m) => [m.id, m]));
  const segments = segmentText(
    text,
    mentions.map((m) => ({ start: m.start, end: m.end, key: m.id })),
  );
  const anchored = new Set<number>();
  return (
    <div className="whitespace-pre-wrap break-words text-[15px] leading-7 text-slate-800">
      {segments.map((segment) => {
        if (segment.keys.length === 0) return <span key={segment.start}>{segment.text}</span>;
        const quoted = segment.keys.map((id) => byId.get(id)!);
        const first = quoted[0]!;
        // The first piece of each quote carries its anchor, so /sources/1#q-7 scrolls to the quote.
        const anchor = quoted.find((m) => !anchored.has(m.id));
        if (anchor) anchored.add(anchor.id);
        return (
          <mark
            key={segment.start}
            id={anchor ? `q-${anchor.id}` : undefined}
            className={`scroll-mt-24 rounded-sm px-0.5 ${quoted.length > 1 ? "bg-amber-200" : "bg-yellow-100"}`}
          >
            <Link
              href={`/commitments/${first.commitment.id}`}
              title={quoted.map((m) => `#${m.commitment.id} ${m.commitment.title}`).join("\n")}
              className="text-inherit no-underline hover:underline"
            >
              {segment.text}
            </Link>
          </mark>
        );
      })}
    </div>
  );
}
