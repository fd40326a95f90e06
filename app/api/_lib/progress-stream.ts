import { toErrorResponse } from "./errors";

export const NDJSON = "application/x-ndjson";

/** Whether the caller asked for progress as it happens (`Accept: application/x-ndjson`). */
export const wantsProgress = (request: Request) => (request.headers.get("accept") ?? "").includes(NDJSON);

/**
 * Runs `work` and answers as it goes, one JSON object per line: `{ progress }` for each step, then
 * `{ result }` or `{ error, status }` as the JSON answer would have been. The work does not depend on the
 * answer being read: a client that leaves (a closed tab) stops getting lines, and the work still finishes.
 */
export function progressStream<P, R>(work: (progress: (step: P) => void) => Promise<R>): Response {
  const encoder = new TextEncoder();
  let reading = true;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (line: unknown) => {
        if (reading) controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      };
      work((step) => send({ progress: step }))
        .then(
          (result) => send({ result }),
          async (error: unknown) => {
            const answer = toErrorResponse(error);
            send({ ...((await answer.json()) as object), status: answer.status });
          },
        )
        .finally(() => {
          if (reading) controller.close();
        });
    },
    cancel() {
      reading = false;
    },
  });
  return new Response(body, { headers: { "content-type": `${NDJSON}; charset=utf-8`, "cache-control": "no-store" } });
}
