/** A marked stretch of a text: [start, end) in UTF-16 code units, with what marks it. */
export type MarkedRange<K> = { start: number; end: number; key: K };

/** A piece of the text and the keys of every range that covers it (empty for unmarked text). */
export type TextSegment<K> = { start: number; end: number; text: string; keys: K[] };

/**
 * Cuts `text` into consecutive segments at every range boundary, so that overlapping or nested ranges
 * (two commitments quoting the same sentence, a clause inside a sentence) each keep their marks.
 * Ranges outside the text are clipped; empty ones are ignored. The segments join back into `text`.
 */
export function segmentText<K>(text: string, ranges: readonly MarkedRange<K>[]): TextSegment<K>[] {
  const clipped = ranges
    .map((r) => ({ ...r, start: Math.max(0, r.start), end: Math.min(text.length, r.end) }))
    .filter((r) => r.end > r.start);
  const cuts = new Set<number>([0, text.length]);
  for (const r of clipped) cuts.add(r.start).add(r.end);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment<K>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const keys = clipped.filter((r) => r.start <= start && r.end >= end).map((r) => r.key);
    segments.push({ start, end, text: text.slice(start, end), keys });
  }
  return segments;
}
