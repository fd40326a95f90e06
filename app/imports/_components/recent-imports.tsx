import type { ImportState } from "@/db/schema";
import type { ImportListItem } from "@/lib/imports/queries";
import { CancelImportButton } from "./cancel-import-button";
import { RefreshWhileRunning } from "./refresh-while-running";
import { UndoImportButton } from "./undo-import-button";

const STATE_LABELS: Record<ImportState, string> = {
  dry_run: "Checked",
  running: "Importing since",
  committed: "Imported",
  undone: "Undone",
  cancelled: "Cancelled (nothing written)",
  failed: "Failed (nothing written)",
  interrupted: "Interrupted by a server stop (nothing written)",
};

function Running({ item }: { item: ImportListItem }) {
  const { rows, total, cancelRequested } = item.progress;
  return (
    <div className="flex w-full flex-wrap items-center gap-3">
      <progress
        className="h-2 min-w-40 flex-1"
        aria-label={`Rows written by import ${item.id}`}
        max={Math.max(total, 1)}
        value={rows}
      />
      <span className="text-slate-700">
        {rows.toLocaleString("en")} of {total.toLocaleString("en")} rows written
      </span>
      <CancelImportButton id={item.id} asked={cancelRequested} />
    </div>
  );
}

/** The latest imports, with who ran them and what they did; a running one moves, admins can undo one. */
export function RecentImports({ imports, canUndo }: { imports: ImportListItem[]; canUndo: boolean }) {
  return (
    <section aria-labelledby="recent-imports" className="space-y-2">
      <h2 id="recent-imports" className="text-base font-semibold text-slate-900">
        Recent imports
      </h2>
      <RefreshWhileRunning running={imports.some((i) => i.state === "running")} />
      {imports.length === 0 ? (
        <p className="text-sm text-slate-600">No file has been imported yet.</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
          {imports.map((i) => (
            <li key={i.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
              <div>
                <span className="font-medium text-slate-900">{i.fileName}</span>{" "}
                <span className="text-slate-600">
                  · import {i.id} · {STATE_LABELS[i.state]} {i.createdAt.slice(0, 10)} by {i.createdBy}
                  {i.state === "committed" || i.state === "undone"
                    ? ` · ${i.counts.create} created, ${i.counts.update} updated, ${i.counts.unchanged} unchanged`
                    : ""}
                </span>
              </div>
              {i.state === "running" && <Running item={i} />}
              {canUndo && i.state === "committed" && <UndoImportButton id={i.id} fileName={i.fileName} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
