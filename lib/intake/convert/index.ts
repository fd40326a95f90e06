import { htmlToText } from "./html";
import { pdfToText } from "./pdf";
import { UnreadableFile, decodeText, tidyText } from "./text";

export { UnreadableFile };

export type ConvertedStatement = { text: string; title: string | null; format: "txt" | "html" | "pdf" };

/** Which kind of file this is, by its name and its first bytes (a PDF says so in its first bytes). */
function formatOf(name: string, bytes: Uint8Array): ConvertedStatement["format"] | null {
  if (new TextDecoder().decode(bytes.slice(0, 5)) === "%PDF-") return "pdf";
  const extension = name.toLowerCase().split(".").pop();
  if (extension === "pdf") return "pdf";
  if (extension === "html" || extension === "htm") return "html";
  if (extension === "txt" || extension === "text" || extension === "md") return "txt";
  return null;
}

/** The readable text of an uploaded statement (.txt, .html or .pdf). */
export async function convertStatement(name: string, bytes: Uint8Array): Promise<ConvertedStatement> {
  const format = formatOf(name, bytes);
  if (!format) throw new UnreadableFile("Upload a .txt, .html or .pdf file.");
  if (format === "pdf") return { ...(await pdfToText(bytes)), format };
  const decoded = decodeText(bytes);
  if (format === "html") return { ...htmlToText(decoded), format };
  return { text: tidyText(decoded.replace(/^\uFEFF/, "")), title: null, format };
}
