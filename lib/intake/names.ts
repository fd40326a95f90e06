import { foldForMatching } from "@/lib/text/fold";

// Finds the names (and aliases) of known organizations or regions in a text: a dictionary matcher,
// case-insensitive, in simplified characters, preferring the longest name at a place.

export type NameMatch<T> = { entity: T; start: number; end: number };

/** "UP", "BBA", "PRC": short capitals match only as capitals, or "speed up" would name Uttar Pradesh. */
const ACRONYM = /^[A-Z0-9.&]{2,5}$/;

const WORD_CHAR = /[\p{L}\p{N}]/u;
const CJK = /\p{Script=Han}/u;

/** A Latin name must start and end at word boundaries ("BMW" not in "BMWX"); a Chinese one need not. */
function boundaryOk(folded: string, start: number, end: number): boolean {
  const first = folded[start]!;
  const last = folded[end - 1]!;
  const before = folded[start - 1];
  const after = folded[end];
  if (!CJK.test(first) && before !== undefined && WORD_CHAR.test(before)) return false;
  if (!CJK.test(last) && after !== undefined && WORD_CHAR.test(after)) return false;
  return true;
}

/** One name of an entity: its folded form, and the exact spelling when it must match case too (an acronym). */
type Entry = { key: string; index: number; exact: string | null };

/** Names are looked up by their first two folded characters, longest first within each group. */
const PREFIX = 2;

export { foldForMatching };

export class NameIndex<T extends { name: string; aliases: readonly string[] }> {
  private readonly byPrefix = new Map<string, Entry[]>();

  constructor(readonly entities: readonly T[]) {
    entities.forEach((entity, index) => {
      for (const name of new Set([entity.name, ...entity.aliases])) {
        const trimmed = name.trim();
        const key = foldForMatching(trimmed);
        if (key.length < PREFIX) continue;
        const group = this.byPrefix.get(key.slice(0, PREFIX));
        const entry = { key, index, exact: ACRONYM.test(trimmed) ? trimmed : null };
        if (group) group.push(entry);
        else this.byPrefix.set(key.slice(0, PREFIX), [entry]);
      }
    });
    // Stable: where two entities share a name, the first listed stays first.
    for (const group of this.byPrefix.values()) group.sort((a, b) => b.key.length - a.key.length);
  }

  /**
   * Every non-overlapping match in `folded` (the text `original` folded with foldForMatching) between `from`
   * and `to`, leftmost first, each the longest name that starts there. Where two entities share a name,
   * the first listed wins.
   */
  find(folded: string, original: string, from = 0, to = folded.length): NameMatch<T>[] {
    const matches: NameMatch<T>[] = [];
    let i = from;
    while (i < to) {
      const group = this.byPrefix.get(folded.slice(i, i + PREFIX));
      const hit = group?.find(
        (e) =>
          i + e.key.length <= to &&
          folded.startsWith(e.key, i) &&
          boundaryOk(folded, i, i + e.key.length) &&
          (e.exact === null || original.slice(i, i + e.key.length) === e.exact),
      );
      if (hit) {
        matches.push({ entity: this.entities[hit.index]!, start: i, end: i + hit.key.length });
        i += hit.key.length;
      } else i++;
    }
    return matches;
  }
}
