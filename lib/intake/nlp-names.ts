import nlp from "compromise";

// compromise reads an English text in one parse (it costs about as much as the rest of the extraction
// together), and every sentence takes the organizations and places that fall inside it.

export type NameSpan = { text: string; start: number; end: number };
export type NlpNames = { organizations: NameSpan[]; places: NameSpan[] };

type Found = { text: string; offset: { start: number } };

function spans(text: string, found: Found[], trailing: RegExp): NameSpan[] {
  const out: NameSpan[] = [];
  for (const item of found) {
    const name = item.text.replace(trailing, "").trim();
    const start = text.indexOf(name, item.offset.start);
    if (start === -1 || start - item.offset.start > 4 || name.length < 2) continue;
    out.push({ text: name, start, end: start + name.length });
  }
  return out;
}

/** The organizations and places compromise finds in an English text, at their offsets in it. */
export function englishNames(text: string): NlpNames {
  const doc = nlp(text);
  const json = (view: ReturnType<typeof doc.organizations>) => view.json({ offset: true }) as Found[];
  return {
    organizations: spans(text, json(doc.organizations()), /[,.;:'’s]+$/u),
    places: spans(text, json(doc.places()), /[,.;:]+$/u),
  };
}

/** The spans inside start…end. */
export const within = (found: NameSpan[], start: number, end: number) =>
  found.filter((s) => s.start >= start && s.end <= end);
