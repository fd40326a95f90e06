"use client";

import { useEffect, useId, useState } from "react";
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover } from "react-aria-components";
import { ModalDialog } from "@/components/ui/modal";
import { ReferenceEntityForm, type ReferenceEntity, type ReferenceRecord } from "./reference-entity-form";

export type PickedReference = { slug: string; name: string };

type Option = { id: string; name: string; detail: string | null; exact?: boolean; create?: boolean };

/** The organizations or regions whose names contain `query`; `exact` marks one it names exactly. */
async function searchNames(path: string, query: string, signal?: AbortSignal): Promise<Option[]> {
  const response = await fetch(`${path}?q=${encodeURIComponent(query)}&limit=15`, { signal });
  if (!response.ok) throw new Error(`status ${response.status}`);
  const body = (await response.json()) as {
    data: { slug: string; name: string; parentName: string | null; exact: boolean }[];
  };
  return body.data.map((d) => ({ id: d.slug, name: d.name, detail: d.parentName, exact: d.exact }));
}

const CREATE = "__create__";

/**
 * Picks an organization or a region by typing any of its names or aliases ("宝马", "BBA"); offers to
 * create a missing one on the spot. The value is the slug.
 */
export function ReferencePicker({
  entity,
  label,
  value,
  onChange,
  error,
  hint,
  optional = false,
  initialInput,
  canCreate = true,
  onTextChange,
}: {
  entity: ReferenceEntity;
  label: string;
  value: PickedReference | null;
  onChange: (value: PickedReference | null) => void;
  error?: string;
  hint?: string;
  optional?: boolean;
  /** A name to start from when nothing is picked yet (a name found in a statement, to choose or create). */
  initialInput?: string | null;
  /** Offer "Create …" for a name nothing goes by (not when only existing ones make sense, as in a merge). */
  canCreate?: boolean;
  /** What is typed in the box, chosen or not (a form can tell a name typed but never chosen). */
  onTextChange?: (text: string) => void;
}) {
  const [input, setInput] = useState(value?.name ?? initialInput ?? "");
  // The options with the query they answer, so a stale answer never counts for what is typed now.
  const [found, setFound] = useState<{ query: string; options: Option[] }>({ query: "", options: [] });
  const [searchError, setSearchError] = useState<string | null>(null);
  const [creating, setCreating] = useState<string | null>(null);
  const errorId = useId();
  const hintId = useId();
  const describedBy = error ? errorId : hint ? hintId : undefined;
  const query = input.trim();
  const path = entity === "organization" ? "/api/v1/organizations" : "/api/v1/regions";

  useEffect(() => {
    if (!query || query === value?.name) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        setFound({ query, options: await searchNames(path, query, controller.signal) });
        setSearchError(null);
      } catch (e) {
        if (!controller.signal.aborted) setSearchError(`Search failed (${(e as Error).message}); try again.`);
      }
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, path, value?.name]);

  const options = found.options;
  const answered = found.query === query;
  const exact = answered ? options.find((o) => o.exact) : undefined;
  // Never offer to create what already exists under this name or alias, in any case or script.
  const items: Option[] =
    canCreate && query && query !== value?.name && answered && !exact
      ? [...options, { id: CREATE, name: `Create “${query}”…`, detail: null, create: true }]
      : options;

  const pick = (option: Option) => {
    onChange({ slug: option.id, name: option.name });
    setInput(option.name);
  };

  /** Leaving the field with a name or alias typed exactly picks it, as choosing it from the list would. */
  async function pickExactOnLeave() {
    if (!query || query === value?.name) return;
    if (exact) return pick(exact);
    try {
      const match = answered ? undefined : (await searchNames(path, query)).find((o) => o.exact);
      if (match) pick(match);
    } catch (e) {
      setSearchError(`Search failed (${(e as Error).message}); try again.`);
    }
  }

  return (
    <div className="space-y-1">
      <ComboBox
        items={items}
        inputValue={input}
        onInputChange={(text) => {
          setInput(text);
          onTextChange?.(text);
          if (!text.trim() && optional) onChange(null);
        }}
        selectedKey={value?.slug ?? null}
        onSelectionChange={(key) => {
          if (key === CREATE) {
            setCreating(query);
            return;
          }
          const picked = options.find((o) => o.id === key);
          if (picked) pick(picked);
        }}
        allowsEmptyCollection
        menuTrigger="input"
        aria-describedby={describedBy}
        className="group"
      >
        <Label className="block text-sm font-medium text-slate-800">{label}</Label>
        <div className="relative mt-1">
          <Input
            onBlur={() => void pickExactOnLeave()}
            aria-invalid={error ? true : undefined}
            placeholder={
              entity === "organization" ? "Name or alias, e.g. BMW, 宝马, BBA" : "Name or alias, e.g. Shenyang, 沈阳"
            }
            className="w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 pr-8 text-sm outline-none focus:border-blue-500 focus:ring-1 focus:ring-blue-500 aria-[invalid=true]:border-red-500"
          />
          <Button
            className="absolute inset-y-0 right-0 px-2 text-xs text-slate-400"
            aria-label={`Show ${label} choices`}
          >
            ▾
          </Button>
        </div>
        <Popover className="w-(--trigger-width) rounded-md border border-slate-200 bg-white p-1 shadow-lg outline-none">
          <ListBox
            className="max-h-64 overflow-y-auto outline-none"
            renderEmptyState={() => (
              <p className="px-2 py-1.5 text-sm text-slate-500">{query ? "Searching…" : "Type a name or alias."}</p>
            )}
          >
            {(option: Option) => (
              <ListBoxItem
                id={option.id}
                textValue={option.name}
                className={`cursor-pointer rounded px-2 py-1.5 text-sm outline-none data-[focused]:bg-blue-50 ${option.create ? "font-medium text-blue-800" : ""}`}
              >
                {option.name}
                {option.detail && <span className="ml-1 text-xs text-slate-500">· {option.detail}</span>}
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </ComboBox>
      {hint && !error && (
        <p id={hintId} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {searchError && <p className="text-sm text-amber-800">{searchError}</p>}
      {error && (
        <p id={errorId} className="text-sm text-red-700">
          {error}
        </p>
      )}
      <ModalDialog
        title={`New ${entity}`}
        isOpen={creating !== null}
        onOpenChange={(open) => !open && setCreating(null)}
      >
        {creating !== null && (
          <ReferenceEntityForm
            entity={entity}
            initialName={creating}
            onCancel={() => setCreating(null)}
            onSaved={(saved: ReferenceRecord) => {
              onChange({ slug: saved.slug, name: saved.name });
              setFound({
                query: saved.name,
                options: [{ id: saved.slug, name: saved.name, detail: saved.parent?.name ?? null, exact: true }],
              });
              setInput(saved.name);
              setCreating(null);
            }}
          />
        )}
      </ModalDialog>
    </div>
  );
}
