"use client";

import { useState } from "react";
import { NAME_SEARCH, nameMatches } from "@/components/forms/name-search";
import type { ReferenceEntity } from "@/components/forms/reference-entity-form";
import { useDebouncedApi } from "@/components/hooks/use-debounced-api";
import { Autocomplete, Input, Label, ListBox, ListBoxItem, SearchField } from "react-aria-components";

export type SearchOption = { value: string; label: string; detail?: string | null; count?: number };

/**
 * A search field over a list: shows `initial` options (with counts) until the user types, then the local
 * matches followed by the names of `entity` the server finds. A failed search says so; it never looks like "no match".
 */
export function SearchList({
  label,
  placeholder,
  initial,
  entity,
  selected,
  onSelect,
}: {
  label: string;
  placeholder: string;
  initial: SearchOption[];
  entity: ReferenceEntity;
  selected?: string;
  onSelect: (value: string) => void;
}) {
  const [input, setInput] = useState("");
  const query = input.trim();
  const search = useDebouncedApi(NAME_SEARCH[entity], query ? { query: { q: query, limit: 20 } } : null);
  const searchError = query && search.latest?.error ? `Search failed (${search.latest.error}). Try again.` : null;

  const needle = query.toLowerCase();
  const local = query
    ? initial.filter((o) => o.label.toLowerCase().includes(needle) || o.value.includes(needle))
    : initial;
  const counts = new Map(initial.map((o) => [o.value, o.count]));
  const fromServer = (search.current?.data ? nameMatches(search.current.data) : []).map((d) => ({
    value: d.slug,
    label: d.name,
    detail: d.parentName,
  }));
  const options = [
    ...local,
    ...fromServer
      .filter((o) => !local.some((l) => l.value === o.value))
      .map((o) => ({ ...o, count: counts.get(o.value) })),
  ];

  return (
    <Autocomplete inputValue={input} onInputChange={setInput}>
      <SearchField aria-label={label} className="mb-2" autoFocus>
        <Label className="mb-1 block text-xs font-medium uppercase tracking-wide text-slate-500">{label}</Label>
        <Input
          placeholder={placeholder}
          className="w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm outline-none focus:border-blue-500 focus:ring-1 focus:ring-blue-500"
        />
      </SearchField>
      {searchError && (
        <p role="alert" className="mb-1 text-xs text-red-700">
          {searchError}
        </p>
      )}
      <ListBox
        aria-label={label}
        items={options}
        selectionMode="single"
        disallowEmptySelection
        selectedKeys={selected ? [selected] : []}
        // Not onAction: once something is selected, React Aria turns clicks into selection changes.
        onSelectionChange={(keys) => {
          const [key] = keys === "all" ? [] : [...keys];
          if (key !== undefined && key !== selected) onSelect(String(key));
        }}
        renderEmptyState={() => (
          <p className="px-2 py-1.5 text-sm text-slate-500">
            {search.pending ? "Searching…" : query ? "No match." : "Nothing to choose from."}
          </p>
        )}
        className="max-h-64 overflow-y-auto outline-none"
      >
        {(option) => (
          <ListBoxItem
            id={option.value}
            textValue={option.label}
            className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm outline-none data-[focused]:bg-blue-50 data-[selected]:font-medium data-[selected]:text-blue-900"
          >
            <span className="flex-1">
              {option.label}
              {option.detail && <span className="ml-1 text-xs text-slate-500">· {option.detail}</span>}
            </span>
            {option.count !== undefined && (
              <span className="tabular-nums text-xs text-slate-500">{option.count.toLocaleString("en")}</span>
            )}
          </ListBoxItem>
        )}
      </ListBox>
    </Autocomplete>
  );
}
