import { columnFactory } from "@/components/data-table/columns";
import { inputClasses, secondaryButton } from "@/components/forms/field";

export type RateRow = { currency: string; rate: string; asOf: string };

/** A row of the editor: the rate as typed, where it stands, its errors, and what editing it does. */
export type RateLine = RateRow & {
  index: number;
  today: string;
  errorOf: (field: keyof RateRow) => string | undefined;
  change: (patch: Partial<RateRow>) => void;
  remove: () => void;
};

const column = columnFactory<RateLine>();
const nameOf = (line: RateLine) => line.currency || `currency ${line.index + 1}`;

function CellError({ message }: { message?: string }) {
  return message ? <p className="text-xs text-red-700">{message}</p> : null;
}

/** The editor's columns; the rate's header names the reporting currency. */
export function rateColumns(reporting: string) {
  return [
    column.display("currency", { label: "Currency" }, (line) => (
      <>
        <input
          aria-label={`Currency ${line.index + 1}`}
          value={line.currency}
          maxLength={3}
          onChange={(e) => line.change({ currency: e.target.value.toUpperCase() })}
          className={`${inputClasses} w-24`}
        />
        <CellError message={line.errorOf("currency")} />
      </>
    )),
    column.display("rate", { label: `1 unit is worth (${reporting})` }, (line) => (
      <>
        <input
          aria-label={`Rate of ${nameOf(line)}`}
          value={line.rate}
          inputMode="decimal"
          onChange={(e) => line.change({ rate: e.target.value })}
          className={inputClasses}
        />
        <CellError message={line.errorOf("rate")} />
      </>
    )),
    column.display("asOf", { label: "As of" }, (line) => (
      <>
        <input
          aria-label={`As of, ${nameOf(line)}`}
          type="date"
          max={line.today}
          value={line.asOf}
          onChange={(e) => line.change({ asOf: e.target.value })}
          className={inputClasses}
        />
        <CellError message={line.errorOf("asOf")} />
      </>
    )),
    column.display("remove", { label: "Remove", hideLabel: true }, (line) => (
      <button type="button" className={secondaryButton} onClick={line.remove} aria-label={`Remove ${nameOf(line)}`}>
        Remove
      </button>
    )),
  ];
}
