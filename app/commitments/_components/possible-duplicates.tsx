"use client";

import { useEffect, useState } from "react";
import type { SimilarCommitment } from "@/lib/commitments/similar";
import { STATUS_LABELS } from "@/lib/vocabulary";

/** Titles shorter than this say too little to compare. */
const MIN_TITLE_LENGTH = 4;
const DEBOUNCE_MS = 300;

type Found = { key: string; data: SimilarCommitment[] } | { key: string; failed: true };

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
  const key = maker && text.length >= MIN_TITLE_LENGTH ? `${maker}\n${text}` : null;
  const [found, setFound] = useState<Found | null>(null);

  useEffect(() => {
    if (!key || !maker) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const query = new URLSearchParams({ maker, title: text });
      if (exceptId) query.set("except", String(exceptId));
      try {
        const response = await fetch(`/api/v1/commitments/similar?${query}`, { signal: controller.signal });
        if (!response.ok) throw new Error(String(response.status));
        setFound({ key, data: ((await response.json()) as { data: SimilarCommitment[] }).data });
      } catch {
        if (!controller.signal.aborted) setFound({ key, failed: true });
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key, maker, text, exceptId]);

  // An answer counts only for what is typed now.
  const current = found && found.key === key ? found : null;
  if (!current) return null;
  if ("failed" in current) {
    return <p className="text-sm text-amber-800">Could not check for similar commitments; you can still save.</p>;
  }
  if (current.data.length === 0) return null;
  return (
    <section
      aria-label="Possible duplicates"
      className="space-y-1 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
    >
      <p className="font-medium">
        This may already be recorded. Check before saving (links open in a new tab); you can still save.
      </p>
      <ul className="list-disc space-y-0.5 pl-5">
        {current.data.map((c) => (
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
