"use client";

import { Button, Checkbox, Label, Radio, RadioGroup } from "react-aria-components";
import { CheckMark } from "@/components/ui/check-mark";
import { FilterPopover } from "@/components/ui/filter-popover";
import { SearchList, type SearchOption } from "@/components/ui/search-list";
import { COMPANY_ROLES, type CompanyRole } from "@/lib/commitments/list-spec";
import { useExplorer } from "./explorer-context";

const ROLE_LABELS: Record<CompanyRole, string> = { maker: "As maker", counterpart: "As counterpart", any: "Either" };

const clearButton =
  "mt-3 w-full rounded-md border border-slate-300 px-2 py-1 text-sm text-slate-700 outline-none hover:bg-slate-50 data-[focus-visible]:ring-2 data-[focus-visible]:ring-blue-600";

export function CompanyFilter({
  value,
  valueLabel,
  role,
  subsidiaries,
  options,
}: {
  value?: string;
  valueLabel?: string | null;
  role: CompanyRole;
  subsidiaries: boolean;
  options: SearchOption[];
}) {
  const { setFilters } = useExplorer();
  return (
    <FilterPopover label="Company" value={value ? (valueLabel ?? value) : undefined}>
      {(close) => (
        <>
          <SearchList
            label="Company"
            placeholder="Name or alias, e.g. BBA or 宝马"
            initial={options}
            entity="organization"
            selected={value}
            onSelect={(slug) => {
              setFilters({ company: slug });
              close();
            }}
          />
          <RadioGroup
            value={role}
            onChange={(next) => setFilters({ companyRole: next as CompanyRole })}
            className="mt-3 flex flex-col gap-1"
          >
            <Label className="text-xs font-medium uppercase tracking-wide text-slate-500">Its commitments</Label>
            <div className="flex gap-3 text-sm">
              {COMPANY_ROLES.map((r) => (
                <Radio
                  key={r}
                  value={r}
                  className="group flex cursor-pointer items-center gap-1.5 outline-none data-[focus-visible]:underline"
                >
                  <span
                    aria-hidden
                    className="h-3.5 w-3.5 rounded-full border border-slate-400 group-data-[selected]:border-4 group-data-[selected]:border-blue-600"
                  />
                  {ROLE_LABELS[r]}
                </Radio>
              ))}
            </div>
          </RadioGroup>
          <Checkbox
            isSelected={subsidiaries}
            onChange={(next) => setFilters({ subsidiaries: next })}
            className="group mt-3 flex cursor-pointer items-center gap-2 text-sm outline-none data-[focus-visible]:underline"
          >
            <span
              aria-hidden
              className="flex h-4 w-4 items-center justify-center rounded border border-slate-400 text-white group-data-[selected]:border-blue-600 group-data-[selected]:bg-blue-600"
            >
              <CheckMark />
            </span>
            Include subsidiaries and joint ventures
          </Checkbox>
          {value && (
            <Button
              className={clearButton}
              onPress={() => setFilters({ company: null, companyRole: null, subsidiaries: null })}
            >
              Clear company
            </Button>
          )}
        </>
      )}
    </FilterPopover>
  );
}

export function RegionFilter({
  value,
  valueLabel,
  options,
}: {
  value?: string;
  valueLabel?: string | null;
  options: SearchOption[];
}) {
  const { setFilters } = useExplorer();
  return (
    <FilterPopover label="Region" value={value ? (valueLabel ?? value) : undefined}>
      {(close) => (
        <>
          <SearchList
            label="Region (includes its sub-regions)"
            placeholder="Name or alias, e.g. Shenyang or 辽宁"
            initial={options}
            entity="region"
            selected={value}
            onSelect={(slug) => {
              setFilters({ region: slug });
              close();
            }}
          />
          {value && (
            <Button
              className={clearButton}
              onPress={() => {
                setFilters({ region: null });
                close();
              }}
            >
              Clear region
            </Button>
          )}
        </>
      )}
    </FilterPopover>
  );
}
