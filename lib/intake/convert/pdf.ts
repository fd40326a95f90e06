import { UnreadableFile, tidyText } from "./text";

// A PDF's text layer, page by page, read with Mozilla's pdf.js. A scanned PDF has no text layer (it would
// need OCR, which intake does not do); a password-protected one cannot be read.

type TextItem = { str: string; hasEOL?: boolean };

export async function pdfToText(bytes: Uint8Array): Promise<{ text: string; title: string | null }> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  let document;
  try {
    document = await pdfjs.getDocument({ data: bytes, isEvalSupported: false, useSystemFonts: false, verbosity: 0 })
      .promise;
  } catch (error) {
    const name = (error as Error).name;
    if (name === "PasswordException")
      throw new UnreadableFile("This PDF is protected by a password; remove it and upload again.");
    throw new UnreadableFile("This file is not a readable PDF.");
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const content = await (await document.getPage(n)).getTextContent();
      pages.push((content.items as TextItem[]).map((item) => item.str + (item.hasEOL ? "\n" : "")).join(""));
    }
    const text = tidyText(pages.join("\n\n"));
    if (!text) throw new UnreadableFile("This PDF has no text layer (a scanned image?); intake needs text.");
    const info = (await document.getMetadata()).info as { Title?: string } | undefined;
    return { text, title: info?.Title?.trim() || null };
  } finally {
    await document.destroy();
  }
}
