import { readFile } from "node:fs/promises";
import path from "node:path";

// Scalar's self-contained browser build, served from the installed package rather than a CDN.
const BUNDLE = path.join(process.cwd(), "node_modules/@scalar/api-reference/dist/browser/standalone.js");

export async function GET() {
  return new Response(await readFile(BUNDLE), {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      "Cache-Control": "public, max-age=86400",
    },
  });
}
