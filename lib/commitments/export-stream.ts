import { csvHeader, csvRow, UTF8_BOM } from "./csv";
import type { ExportRun } from "./export";

const encoder = new TextEncoder();

/** Turns an export run into a byte stream that reads the database only as fast as the client downloads. */
function streamOf(
  run: ExportRun,
  head: string,
  row: (item: Parameters<typeof csvRow>[0], index: number) => string,
  tail: string,
) {
  let index = 0;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(head));
        return;
      }
      const next = await run.batches.next();
      if (next.done) {
        controller.enqueue(encoder.encode(tail));
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(next.value.map((item) => row(item, index++)).join("")));
    },
    async cancel() {
      await run.batches.return(undefined);
    },
  });
}

export function csvStream(run: ExportRun): ReadableStream<Uint8Array> {
  return streamOf(run, UTF8_BOM + csvHeader(), (item) => csvRow(item), "");
}

export function jsonStream(run: ExportRun, exportedAt: string): ReadableStream<Uint8Array> {
  const head = `{"total":${run.total},"exportedAt":${JSON.stringify(exportedAt)},"data":[`;
  return streamOf(run, head, (item, index) => `${index === 0 ? "" : ","}\n${JSON.stringify(item)}`, "\n]}\n");
}
