// Plain text files: UTF-8 (with or without a byte-order mark), else GB18030, which Chinese Windows writes.
// Anything with NUL bytes, or that neither decodes cleanly, is not a text file.

export class UnreadableFile extends Error {}

export function decodeText(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new UnreadableFile("This file holds binary data, not text.");
  for (const encoding of ["utf-8", "gb18030"]) {
    try {
      return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      // not this encoding; try the next
    }
  }
  throw new UnreadableFile("This file is not text in UTF-8 or GB18030.");
}

/** Blank lines between paragraphs, single spaces inside them, no trailing spaces. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n{2,}/)
    .map((p) =>
      p
        .replace(/[ \t\u00a0]+/g, " ")
        .replace(/ *\n */g, "\n")
        .trim(),
    )
    .filter(Boolean)
    .join("\n\n");
}
