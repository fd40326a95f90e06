import { toSimplified } from "./language";

// Finds the names (and aliases) of known organizations or regions in a text: a dictionary matcher over a
// character trie, case-insensitive, in simplified characters, preferring the longest name at a place.

export type NameMatch<T> = { entity: T; start: number; end: number };

/** Where a name ends: the entity, and the exact spelling when it must match case too (an acronym). */
type End = { index: number; exact: string | null };
type TrieNode = { next: Map<string, TrieNode>; ends: End[] };

/** "UP", "BBA", "PRC": short capitals match only as capitals, or "speed up" would name Uttar Pradesh. */
const ACRONYM = /^[A-Z0-9.&]{2,5}$/;

const WORD_CHAR = /[\p{L}\p{N}]/u;
const CJK = /\p{Script=Han}/u;

/** Lower case and simplified characters, at the same offsets as the original. */
export function foldForMatching(text: string): string {
  const simplified = toSimplified(text);
  let out = "";
  for (const ch of simplified) {
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out.replace(/[’‘`´]/g, "'");
}

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

export class NameIndex<T extends { name: string; aliases: readonly string[] }> {
  private readonly root: TrieNode = { next: new Map(), ends: [] };

  constructor(readonly entities: readonly T[]) {
    entities.forEach((entity, index) => {
      for (const name of new Set([entity.name, ...entity.aliases])) {
        const key = foldForMatching(name.trim());
        if (key.length < 2) continue;
        let node = this.root;
        for (const ch of key) {
          let child = node.next.get(ch);
          if (!child) node.next.set(ch, (child = { next: new Map(), ends: [] }));
          node = child;
        }
        const exact = ACRONYM.test(name.trim()) ? name.trim() : null;
        if (!node.ends.some((e) => e.index === index && e.exact === exact)) node.ends.push({ index, exact });
      }
    });
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
      let node: TrieNode | undefined = this.root;
      let best: { end: number; index: number } | null = null;
      for (let j = i; j < to && node; j++) {
        node = node.next.get(folded[j]!);
        if (!node?.ends.length || !boundaryOk(folded, i, j + 1)) continue;
        const spelled = original.slice(i, j + 1);
        const end = node.ends.find((e) => e.exact === null || e.exact === spelled);
        if (end) best = { end: j + 1, index: end.index };
      }
      if (best) {
        matches.push({ entity: this.entities[best.index]!, start: i, end: best.end });
        i = best.end;
      } else i++;
    }
    return matches;
  }
}
