"use client";

// The explorer toolbar's controls, fetched after the page (React Aria, the URL parsers and zod are most of the
// explorer's script); until then the server's stand-ins show each control as it will look, disabled. The
// stand-ins are also the whole toolbar while the filter counts are still being counted (explorer-toolbar.tsx).
import { type ComponentProps, type ReactNode } from "react";
import { deferred } from "@/components/ui/deferred";
import { FilterTriggerContent, filterTriggerClass } from "@/components/ui/filter-trigger";
import type * as Reference from "./reference-filters";
import type * as Search from "./search-box";
import type * as Menus from "./table-menus";
import type * as Values from "./value-filters";
import {
  FlagContent,
  MenuTriggerContent,
  SearchBoxFrame,
  choiceSummary,
  dateSummary,
  flagToggle,
  menuTrigger,
  searchInputLook,
} from "./toolbar-looks";

function FilterStandIn({ label, value }: { label: string; value?: string }) {
  return (
    <button type="button" disabled className={filterTriggerClass(Boolean(value))}>
      <FilterTriggerContent label={label} value={value} />
    </button>
  );
}

function MenuStandIn({ children }: { children: ReactNode }) {
  return (
    <button type="button" disabled className={menuTrigger}>
      {children}
    </button>
  );
}

const referenceValue = ({ value, valueLabel }: { value?: string; valueLabel?: string | null }) =>
  value ? (valueLabel ?? value) : undefined;

export function SearchBoxStandIn({ value }: ComponentProps<typeof Search.SearchBox>) {
  return (
    <SearchBoxFrame>
      <input {...searchInputLook} disabled defaultValue={value ?? ""} />
    </SearchBoxFrame>
  );
}

export const SearchBox = deferred(() => import("./search-box").then((m) => m.SearchBox), SearchBoxStandIn);

export function CompanyFilterStandIn(props: ComponentProps<typeof Reference.CompanyFilter>) {
  return <FilterStandIn label="Company" value={referenceValue(props)} />;
}

export const CompanyFilter = deferred(
  () => import("./reference-filters").then((m) => m.CompanyFilter),
  CompanyFilterStandIn,
);

export function RegionFilterStandIn(props: ComponentProps<typeof Reference.RegionFilter>) {
  return <FilterStandIn label="Region" value={referenceValue(props)} />;
}

export const RegionFilter = deferred(
  () => import("./reference-filters").then((m) => m.RegionFilter),
  RegionFilterStandIn,
);

export function MultiValueFilterStandIn({ label, options, selected }: ComponentProps<typeof Values.MultiValueFilter>) {
  return <FilterStandIn label={label} value={choiceSummary(options, selected)} />;
}

export const MultiValueFilter = deferred(
  () => import("./value-filters").then((m) => m.MultiValueFilter),
  MultiValueFilterStandIn,
);

export function DateFilterStandIn({ ranges }: ComponentProps<typeof Values.DateFilter>) {
  return <FilterStandIn label="Dates" value={dateSummary(ranges)} />;
}

export const DateFilter = deferred(() => import("./value-filters").then((m) => m.DateFilter), DateFilterStandIn);

export function FlagFilterStandIn({ label, on, count }: ComponentProps<typeof Values.FlagFilter>) {
  return (
    <button type="button" disabled aria-pressed={on} data-selected={on || undefined} className={flagToggle}>
      <FlagContent label={label} count={count} />
    </button>
  );
}

export const FlagFilter = deferred(() => import("./value-filters").then((m) => m.FlagFilter), FlagFilterStandIn);

export function ColumnMenuStandIn(_: ComponentProps<typeof Menus.ColumnMenu>) {
  return (
    <MenuStandIn>
      <MenuTriggerContent label="Columns" />
    </MenuStandIn>
  );
}

export const ColumnMenu = deferred(() => import("./table-menus").then((m) => m.ColumnMenu), ColumnMenuStandIn);

export function ExportMenuStandIn(_: ComponentProps<typeof Menus.ExportMenu>) {
  return (
    <MenuStandIn>
      <MenuTriggerContent label="Export" />
    </MenuStandIn>
  );
}

export const ExportMenu = deferred(() => import("./table-menus").then((m) => m.ExportMenu), ExportMenuStandIn);

export function FollowViewButtonStandIn() {
  return <MenuStandIn>Follow view</MenuStandIn>;
}

export const FollowViewButton = deferred(
  () => import("./follow-view-button").then((m) => m.FollowViewButton),
  FollowViewButtonStandIn,
);
