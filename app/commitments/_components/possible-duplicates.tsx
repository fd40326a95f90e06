"use client";

import { useDebouncedApi } from "@/components/hooks/use-debounced-api";
import { STATUS_LABELS } from "@/lib/vocabulary";

/** Titles shorter than this say too little to compare. */
const MIN_TITLE_LENGTH = 4;
const DEBOUNCE_MS = 300;

/**
 * While the analyst types, the maker's existing commitments with a similar title ("this may be #14"), as
 * links that open in a new tab so that the form keeps what was typed. Saving stays possible.
 */
export function PossibleDuplicates({
  maker,
  title,
  exceptId,
}: {
  maker: string | null;
  title: string;
  exceptId?: number;
}) {
  const text = title.trim();
  const query = maker && text.length >= MIN_TITLE_LENGTH ? { maker, title: text, except: exceptId } : null;
  // Only the answer for what is typed now counts.
  const { current } = useDebouncedApi("GET /api/v1/commitments/similar", query && { query }, DEBOUNCE_MS);
  if (!current) return null;
  if (current.error !== undefined) {
    return <p className="text-sm text-amber-800">Could not check for similar commitments; you can still save.</p>;
  }
  if (current.data.data.length === 0) return null;
  return (
    <section
      aria-label="Possible duplicates"
      className="space-y-1 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
    >
      <p className="font-medium">
        This may already be recorded. Check before saving (links open in a new tab); you can still save.
      </p>
      <ul className="list-disc space-y-0.5 pl-5">
        {current.data.data.map((c) => (
          <li key={c.id}>
            This may be{" "}
            <a href={`/commitments/${c.id}`} target="_blank" rel="noopener" className="text-blue-800 underline">
              #{c.id} “{c.title}”
            </a>{" "}
            <span className="text-amber-900">
              ({c.maker.name}, announced {c.announcedOn}, {STATUS_LABELS[c.status].toLowerCase()})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
