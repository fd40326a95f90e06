import Link from "next/link";
import { Field, SelectField, primaryButton, secondaryButton } from "@/components/forms/field";
import type { ColumnFilter, FilterOption } from "./columns";

const optionLabel = (option: FilterOption) =>
  option.count === undefined ? option.label : `${option.label} (${option.count.toLocaleString("en")})`;

function FilterControl({ filter, value }: { filter: ColumnFilter; value: string }) {
  switch (filter.kind) {
    case "select":
      return (
        <SelectField
          label={filter.label}
          name={filter.param}
          defaultValue={value}
          options={[
            { value: "", label: filter.anyLabel ?? "Any" },
            ...filter.options.map((o) => ({ value: o.value, label: optionLabel(o) })),
          ]}
        />
      );
    case "text":
      return (
        <Field
          label={filter.label}
          name={filter.param}
          defaultValue={value}
          placeholder={filter.placeholder}
          size={filter.size}
        />
      );
    case "date":
      return <Field label={filter.label} name={filter.param} type="date" defaultValue={value} />;
  }
}

/**
 * The filters a table's columns offer (their meta's `filters`), as a form that reloads the page with them in
 * its query string: it works before any script loads, and the server applies them.
 */
export function FilterToolbar({
  filters,
  values,
  label,
  clearHref,
}: {
  filters: ColumnFilter[];
  values: Partial<Record<string, string | number>>;
  label: string;
  clearHref: string;
}) {
  return (
    <form
      method="get"
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm"
      aria-label={label}
    >
      {filters.map((filter) => (
        <FilterControl key={filter.param} filter={filter} value={String(values[filter.param] ?? "")} />
      ))}
      <button type="submit" className={primaryButton}>
        Filter
      </button>
      <Link href={clearHref} className={secondaryButton}>
        Clear
      </Link>
    </form>
  );
}
