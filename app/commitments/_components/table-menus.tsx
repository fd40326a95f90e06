"use client";

import { Button, Menu, MenuItem, MenuTrigger, Popover } from "react-aria-components";
import { COLUMN_LABELS, DEFAULT_COLUMNS, EXPLORER_COLUMNS, type ExplorerColumn } from "@/lib/commitments/columns";
import { CheckMark } from "@/components/ui/check-mark";
import { useExplorer } from "./explorer-context";
import { MenuTriggerContent, menuTrigger } from "./toolbar-looks";
const item =
  "flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm outline-none data-[focused]:bg-blue-50 data-[disabled]:cursor-default data-[disabled]:text-slate-400";

/** Shows or hides columns; the choice lives in the URL (`cols=`), so a shared view keeps its columns. */
export function ColumnMenu({ visible }: { visible: ExplorerColumn[] }) {
  const { setUrl } = useExplorer();
  return (
    <MenuTrigger>
      <Button className={menuTrigger}>
        <MenuTriggerContent label="Columns" />
      </Button>
      <Popover
        placement="bottom end"
        className="w-56 rounded-lg border border-slate-200 bg-white p-1 shadow-lg outline-none"
      >
        <Menu
          aria-label="Visible columns"
          selectionMode="multiple"
          selectedKeys={visible}
          disabledKeys={["title"]}
          onSelectionChange={(keys) => {
            const chosen =
              keys === "all" ? [...EXPLORER_COLUMNS] : EXPLORER_COLUMNS.filter((c) => c === "title" || keys.has(c));
            const isDefault =
              chosen.length === DEFAULT_COLUMNS.length && chosen.every((c) => DEFAULT_COLUMNS.includes(c));
            setUrl({ cols: isDefault ? null : chosen });
          }}
          className="outline-none"
        >
          {EXPLORER_COLUMNS.map((column) => (
            <MenuItem key={column} id={column} className={item}>
              {({ isSelected }) => (
                <>
                  <span aria-hidden className="w-4 text-blue-700">
                    {isSelected && <CheckMark />}
                  </span>
                  {COLUMN_LABELS[column]}
                </>
              )}
            </MenuItem>
          ))}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}

/** Downloads of the whole filtered view (every page), in the current order; `query` is "?…" or "". */
export function ExportMenu({ query, total }: { query: string; total: number }) {
  return (
    <MenuTrigger>
      <Button className={menuTrigger}>
        <MenuTriggerContent label="Export" />
      </Button>
      <Popover
        placement="bottom end"
        className="w-64 rounded-lg border border-slate-200 bg-white p-1 shadow-lg outline-none"
      >
        <Menu aria-label="Export the filtered commitments" className="outline-none">
          <MenuItem href={`/api/v1/commitments/export.csv${query}`} download className={item}>
            CSV for spreadsheets ({total.toLocaleString("en")} rows)
          </MenuItem>
          <MenuItem href={`/api/v1/commitments/export.json${query}`} download className={item}>
            JSON ({total.toLocaleString("en")} commitments)
          </MenuItem>
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
