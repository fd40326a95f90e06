// What a first visit to a page downloads: the scripts its HTML loads before anything else (first-load
// JavaScript), gzipped as a server would send them, and the HTML itself. Scripts fetched later (a chart's
// drawing code, a dialog's) are not counted: that is the point of loading them later. Start a production
// server first (npm run build && npm start, or on the benchmark data), then:
// Usage: npm run weight -- [--url http://127.0.0.1:3000] [--paths /,/commitments] [--budget-kb 150]

import { parseArgs } from "node:util";
import { weighPage } from "./first-load";
import { runScript } from "./run-script";

const DEFAULT_PATHS = ["/", "/commitments"];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

runScript(async () => {
  const { values } = parseArgs({
    options: {
      url: { type: "string", default: "http://127.0.0.1:3000" },
      paths: { type: "string" },
      "budget-kb": { type: "string", default: "150" },
    },
  });
  const base = values.url.replace(/\/$/, "");
  const budget = Number(values["budget-kb"]) * 1024;
  const paths = values.paths ? values.paths.split(",") : DEFAULT_PATHS;
  console.log("| page | first-load JS (gzip) | scripts | HTML (gzip) | largest script (gzip) | within budget |");
  console.log("| --- | ---: | ---: | ---: | --- | --- |");
  for (const path of paths) {
    const page = await weighPage(base, path);
    const largest = page.scripts.toSorted((a, b) => b.gzipped - a.gzipped)[0];
    console.log(
      `| ${path} | ${kb(page.js)} | ${page.scripts.length} | ${kb(page.html)} | ${largest ? `${kb(largest.gzipped)} ${largest.src}` : "–"} | ${page.js <= budget ? "yes" : "**no**"} |`,
    );
  }
});
