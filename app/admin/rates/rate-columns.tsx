import { columnFactory } from "@/components/data-table/columns";
import type { InputHTMLAttributes } from "react";
import { FieldNotes, inputClasses, secondaryButton, useFieldControl } from "@/components/forms/field";

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

/** An input of the table, labelled by `aria-label`, with its error under it and tied to it. */
function CellInput({ error, ...input }: { error?: string } & InputHTMLAttributes<HTMLInputElement>) {
  const control = useFieldControl({ error });
  return (
    <>
      <input className={inputClasses} {...input} {...control} />
      <FieldNotes id={control.id} error={error} />
    </>
  );
}

/** The editor's columns; the rate's header names the reporting currency. */
export function rateColumns(reporting: string) {
  return [
    column.display("currency", { label: "Currency" }, (line) => (
      <CellInput
        aria-label={`Currency ${line.index + 1}`}
        value={line.currency}
        maxLength={3}
        onChange={(e) => line.change({ currency: e.target.value.toUpperCase() })}
        className={`${inputClasses} w-24`}
        error={line.errorOf("currency")}
      />
    )),
    column.display("rate", { label: `1 unit is worth (${reporting})` }, (line) => (
      <CellInput
        aria-label={`Rate of ${nameOf(line)}`}
        value={line.rate}
        inputMode="decimal"
        onChange={(e) => line.change({ rate: e.target.value })}
        error={line.errorOf("rate")}
      />
    )),
    column.display("asOf", { label: "As of" }, (line) => (
      <CellInput
        aria-label={`As of, ${nameOf(line)}`}
        type="date"
        max={line.today}
        value={line.asOf}
        onChange={(e) => line.change({ asOf: e.target.value })}
        error={line.errorOf("asOf")}
      />
    )),
    column.display("remove", { label: "Remove", hideLabel: true }, (line) => (
      <button type="button" className={secondaryButton} onClick={line.remove} aria-label={`Remove ${nameOf(line)}`}>
        Remove
      </button>
    )),
  ];
}
