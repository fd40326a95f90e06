import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { tidyText } from "./text";

// A web page to readable text: parsed by a real HTML parser (linkedom), its main content picked by Mozilla's
// Readability (what browsers' reader views use), scripts, styles, navigation and forms dropped, and block
// elements turned into paragraphs. Nothing of the page runs, and no HTML is kept.

const DROPPED =
  "script, style, noscript, template, iframe, object, embed, svg, canvas, nav, header, footer, aside, form, button, select, input";
const BLOCKS = new Set([
  "P",
  "DIV",
  "SECTION",
  "ARTICLE",
  "LI",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "BLOCKQUOTE",
  "PRE",
  "TR",
  "TABLE",
  "UL",
  "OL",
  "DL",
  "DT",
  "DD",
  "FIGCAPTION",
  "MAIN",
]);

type Node = { nodeType: number; nodeName: string; textContent: string | null; childNodes: Iterable<Node> };

function textOf(node: Node, out: string[]): void {
  if (node.nodeType === 3) {
    out.push(node.textContent ?? "");
    return;
  }
  if (node.nodeType !== 1) return;
  if (node.nodeName === "BR") {
    out.push("\n");
    return;
  }
  const block = BLOCKS.has(node.nodeName);
  if (block) out.push("\n\n");
  for (const child of node.childNodes) textOf(child, out);
  if (block) out.push("\n\n");
}

export function htmlToText(html: string): { text: string; title: string | null } {
  const { document } = parseHTML(html);
  const title =
    document.querySelector('meta[property="og:title"]')?.getAttribute("content")?.trim() ||
    document.querySelector("title")?.textContent?.trim() ||
    null;
  for (const element of document.querySelectorAll(DROPPED)) element.remove();
  const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  const root = article?.content
    ? parseHTML(`<html><body>${article.content}</body></html>`).document.body
    : document.body;
  const out: string[] = [];
  if (root) textOf(root as unknown as Node, out);
  return { text: tidyText(out.join("")), title: article?.title?.trim() || title };
}
