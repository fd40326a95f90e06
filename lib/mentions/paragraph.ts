/** A quote in its paragraph: the paragraph's text before the quote, the quote, and the text after it. */
export type QuoteInContext = { before: string; quote: string; after: string };

/**
 * The paragraph of `text` around start…end (paragraphs end at line breaks), split around the quote. A very
 * long paragraph is cut to `room` characters on each side, at a word boundary, with an ellipsis.
 */
export function paragraphAround(text: string, start: number, end: number, room = 320): QuoteInContext {
  const from = text.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = text.indexOf("\n", end);
  const to = lineEnd === -1 ? text.length : lineEnd;
  let before = text.slice(from, start);
  let after = text.slice(end, to);
  if (before.length > room) before = `…${before.slice(before.length - room).replace(/^\S*\s/, "")}`;
  if (after.length > room) after = `${after.slice(0, room).replace(/\s\S*$/, "")}…`;
  return { before, quote: text.slice(start, end), after };
}
