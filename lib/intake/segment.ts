import type { Language } from "./types";

/** A sentence or clause of the text, with its offsets (JavaScript string indices) and paragraph number. */
export type Segment = { start: number; end: number; text: string; paragraph: number };

// ICU's sentence rules break after every period followed by a capital; these periods end no sentence.
const ALWAYS_WITHIN =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Gov|Sen|Rep|St|Mt|Jr|Sr|Gen|Col|Lt|Hon|No|Nos|vs|approx|Rs|Pvt|Pte|Sdn|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|[A-Z](?:\.[A-Z])+|[A-Z])\.$/;
// A company's legal form ends a name, and ends a sentence only when a new one follows.
const COMPANY_FORM = /(?:^|\s)(?:Inc|Co|Corp|Ltd|Plc|LLC|S\.A|N\.V|GmbH|AG)\.$/;

function continues(previous: string, next: string): boolean {
  if (ALWAYS_WITHIN.test(previous)) return true;
  // A stock code: "中信博(688408.SH)", "(0700.HK)".
  if (/\(\d{4,6}\.$/.test(previous) && /^[A-Z]{2}[)）]/.test(next)) return true;
  return COMPANY_FORM.test(previous) && /^[a-z0-9(,]/.test(next);
}

function trimmed(text: string, start: number, paragraph: number): Segment | null {
  const leading = text.length - text.trimStart().length;
  const body = text.trim();
  if (!body) return null;
  return { start: start + leading, end: start + leading + body.length, text: body, paragraph };
}

/**
 * The text with line breaks inside sentences (text wrapped by a PDF, an e-mail or a web page's layout)
 * turned into spaces, at the same offsets: an English line that goes on in lower case, a Chinese line cut
 * after a comma.
 */
export function unwrapLines(text: string): string {
  const blank = (match: string) => match.replace(/[\r\n]/g, " ");
  return text
    .replace(/(?<=[^\s.!?:;])[ \t]*\r?\n(?=[ \t]*[a-z(])/g, blank)
    .replace(/(?<=[，、])[ \t]*\r?\n(?=[ \t]*\p{Script=Han})/gu, blank);
}

/** Splits a Chinese sentence at its semicolons: enumerations (一是…；二是…) state one thing per clause. */
function clauses(segment: Segment): Segment[] {
  const parts: Segment[] = [];
  let from = 0;
  for (const match of segment.text.matchAll(/[；;]/g)) {
    const piece = trimmed(segment.text.slice(from, match.index + 1), segment.start + from, segment.paragraph);
    if (piece) parts.push(piece);
    from = match.index + 1;
  }
  const rest = trimmed(segment.text.slice(from), segment.start + from, segment.paragraph);
  if (rest) parts.push(rest);
  return parts;
}

/**
 * The sentences of a text, in order, with their offsets. Paragraphs end at line breaks; sentences are found
 * by the platform's Unicode segmenter (Intl.Segmenter), with abbreviations rejoined; Chinese sentences are
 * further split into their semicolon clauses.
 */
export function splitSentences(text: string, language: Language): Segment[] {
  const segmenter = new Intl.Segmenter(language === "zh" ? "zh" : "en", { granularity: "sentence" });
  const out: Segment[] = [];
  let paragraph = 0;
  let offset = 0;
  for (const line of unwrapLines(text).split(/(\r?\n)/)) {
    if (/^\r?\n$/.test(line)) {
      offset += line.length;
      continue;
    }
    const sentences: Segment[] = [];
    for (const { segment, index } of segmenter.segment(line)) {
      const found = trimmed(segment, offset + index, paragraph);
      if (!found) continue;
      // The words as written (an unwrapped line break stays in the quote).
      const piece = { ...found, text: text.slice(found.start, found.end) };
      const last = sentences.at(-1);
      if (last && continues(last.text, piece.text)) {
        last.end = piece.end;
        last.text = text.slice(last.start, last.end);
      } else sentences.push(piece);
    }
    if (sentences.length) {
      out.push(...(language === "zh" ? sentences.flatMap(clauses) : sentences));
      paragraph++;
    }
    offset += line.length;
  }
  return out;
}
