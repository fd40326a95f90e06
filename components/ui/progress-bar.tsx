import type { CommitmentStatus } from "@/lib/vocabulary";
import { STATUS_COLORS } from "./status-palette";

export function ProgressBar({ value, status, label }: { value: number; status: CommitmentStatus; label?: string }) {
  return (
    <div className="flex items-center gap-2" title={`${value}% progress`}>
      <div
        role="progressbar"
        aria-valuenow={value}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-label={label ?? "Progress"}
        className="h-1.5 w-16 overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full rounded-full" style={{ width: `${value}%`, backgroundColor: STATUS_COLORS[status] }} />
      </div>
      <span className="w-9 text-right text-xs tabular-nums text-slate-600">{value}%</span>
    </div>
  );
}
