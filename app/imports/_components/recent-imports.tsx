import type { ImportListItem } from "@/lib/imports/queries";
import { UndoImportButton } from "./undo-import-button";

const STATE_LABELS = { committed: "Imported", undone: "Undone", dry_run: "Checked" } as const;

/** The latest imports, with who ran them and what they did; admins can undo one. */
export function RecentImports({ imports, canUndo }: { imports: ImportListItem[]; canUndo: boolean }) {
  return (
    <section aria-labelledby="recent-imports" className="space-y-2">
      <h2 id="recent-imports" className="text-base font-semibold text-slate-900">
        Recent imports
      </h2>
      {imports.length === 0 ? (
        <p className="text-sm text-slate-600">No file has been imported yet.</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
          {imports.map((i) => (
            <li key={i.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
              <div>
                <span className="font-medium text-slate-900">{i.fileName}</span>{" "}
                <span className="text-slate-600">
                  · import {i.id} · {STATE_LABELS[i.state]} {i.createdAt.slice(0, 10)} by {i.createdBy} ·{" "}
                  {i.counts.create} created, {i.counts.update} updated, {i.counts.unchanged} unchanged
                </span>
              </div>
              {canUndo && i.state === "committed" && <UndoImportButton id={i.id} fileName={i.fileName} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
