// Load from many clients at once against a running server: how long answers take (p50/p90/p99/max), how
// many were refused as busy (503) and how many timed out, for the embedded-database limits in
// docs/benchmarks.md. Start the server first (npm start, or server/main.ts on synthetic data), then:
// Usage: npm run load -- [--url http://127.0.0.1:3000] [--connections 50] [--seconds 30] [--timeout 30]
//        [--paths /commitments,/api/v1/stats]

import { parseArgs } from "node:util";
import { percentile } from "./bench-lib";
import { runScript } from "./run-script";

const DEFAULT_PATHS = [
  "/",
  "/commitments",
  "/commitments?status=in_progress&sort=-targetOn",
  "/api/v1/commitments",
  "/api/v1/commitments?q=battery",
  "/api/v1/stats",
  "/companies",
];

type Sample = { path: string; status: number | "timeout" | "error"; ms: number };

async function client(base: string, paths: string[], until: number, timeoutMs: number, samples: Sample[]) {
  let i = Math.floor(Math.random() * paths.length);
  while (Date.now() < until) {
    const path = paths[i++ % paths.length]!;
    const started = performance.now();
    let status: Sample["status"];
    try {
      const response = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(timeoutMs) });
      await response.arrayBuffer();
      status = response.status;
    } catch (error) {
      status = (error as Error).name === "TimeoutError" ? "timeout" : "error";
    }
    samples.push({ path, status, ms: performance.now() - started });
  }
}

function summary(label: string, samples: Sample[]): string {
  if (samples.length === 0) return `| ${label} | 0 | | | | |`;
  const times = samples.map((s) => s.ms).sort((a, b) => a - b);
  const f = (n: number) => `${Math.round(n).toLocaleString("en")} ms`;
  return `| ${label} | ${samples.length} | ${f(percentile(times, 50))} | ${f(percentile(times, 90))} | ${f(percentile(times, 99))} | ${f(times.at(-1)!)} |`;
}

runScript(async () => {
  const { values } = parseArgs({
    options: {
      url: { type: "string", default: "http://127.0.0.1:3000" },
      connections: { type: "string", default: "50" },
      seconds: { type: "string", default: "30" },
      timeout: { type: "string", default: "30" },
      paths: { type: "string" },
    },
  });
  const connections = Number(values.connections);
  const seconds = Number(values.seconds);
  const paths = values.paths ? values.paths.split(",") : DEFAULT_PATHS;
  const samples: Sample[] = [];
  const until = Date.now() + seconds * 1000;
  process.stderr.write(`${connections} clients for ${seconds} s against ${values.url} …\n`);
  await Promise.all(
    Array.from({ length: connections }, () => client(values.url, paths, until, Number(values.timeout) * 1000, samples)),
  );
  const by = (test: (s: Sample) => boolean) => samples.filter(test);
  console.log(
    `${samples.length} requests in ${seconds} s from ${connections} clients (${(samples.length / seconds).toFixed(1)}/s)\n`,
  );
  console.log("| answers | count | p50 | p90 | p99 | max |\n|---|---|---|---|---|---|");
  console.log(summary("all", samples));
  console.log(
    summary(
      "served (2xx/3xx)",
      by((s) => typeof s.status === "number" && s.status < 400),
    ),
  );
  console.log(
    summary(
      "busy (503)",
      by((s) => s.status === 503),
    ),
  );
  console.log(
    summary(
      "other errors (4xx/5xx)",
      by((s) => typeof s.status === "number" && s.status >= 400 && s.status !== 503),
    ),
  );
  console.log(
    summary(
      `timed out (${values.timeout} s)`,
      by((s) => s.status === "timeout"),
    ),
  );
  console.log(
    summary(
      "connection failed",
      by((s) => s.status === "error"),
    ),
  );
  console.log("\n| path (served only) | count | p50 | p90 | p99 | max |\n|---|---|---|---|---|---|");
  for (const path of paths) {
    const served = by((s) => s.path === path && typeof s.status === "number" && s.status < 400);
    console.log(summary(`\`${path}\``, served));
  }
});
