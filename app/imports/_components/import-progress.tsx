import { CancelImportButton } from "./cancel-import-button";

/** A step of a commit, with the time since it started when the step was told. */
export type Progress = { importId: number; rows: number; total: number; cancellable: boolean; elapsedMs: number };

const seconds = (s: number) => (s < 90 ? `${Math.max(1, Math.round(s))} s` : `${Math.round(s / 60)} min`);

/** How far a commit has got: rows written of all, rows per second, and the time left at that pace. */
export function ImportProgressBar({ progress }: { progress: Progress }) {
  const elapsed = progress.elapsedMs / 1000;
  const rate = elapsed > 0 ? progress.rows / elapsed : 0;
  const left = rate > 0 ? (progress.total - progress.rows) / rate : null;
  return (
    <div className="space-y-1 text-sm text-slate-700">
      <progress
        className="h-2 w-full"
        aria-label={`Rows written by import ${progress.importId}`}
        max={Math.max(progress.total, 1)}
        value={progress.rows}
      />
      <div className="flex flex-wrap items-start justify-between gap-2">
        <p className="max-w-prose">
          {progress.rows.toLocaleString("en")} of {progress.total.toLocaleString("en")} rows written ·{" "}
          {Math.round(rate).toLocaleString("en")} rows/s
          {left !== null && ` · about ${seconds(left)} left`} · nothing is kept until the last row is written.
          {progress.cancellable
            ? " You may close this page: the import goes on, and Recent imports shows how far it has got."
            : " You may close this page: the import goes on. The embedded database answers nothing else until it ends."}
        </p>
        {progress.cancellable && <CancelImportButton id={progress.importId} />}
      </div>
    </div>
  );
}
