"use client";

import { useState } from "react";
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover } from "react-aria-components";
import { useDebouncedApi } from "@/components/hooks/use-debounced-api";
import { ModalDialog } from "@/components/ui/modal";
import { api } from "./api-client";
import { FieldNotes, useFieldControl } from "./field";
import { NAME_SEARCH, type NameMatch, nameMatches } from "./name-search";
import { ReferenceEntityForm, type ReferenceEntity, type ReferenceRecord } from "./reference-entity-form";

export type PickedReference = { slug: string; name: string };

type Option = { id: string; name: string; detail: string | null; exact?: boolean; create?: boolean };

const SEARCH_LIMIT = 15;
const optionsOf = (matches: NameMatch[]): Option[] =>
  matches.map((d) => ({ id: d.slug, name: d.name, detail: d.parentName, exact: d.exact }));

/** The organizations or regions whose names contain `query`; `exact` marks one it names exactly. */
async function searchNames(entity: ReferenceEntity, query: string): Promise<Option[]> {
  const answer = await api(NAME_SEARCH[entity], { query: { q: query, limit: SEARCH_LIMIT } });
  if (!answer.ok) throw new Error(answer.error.message);
  return optionsOf(nameMatches(answer.data));
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
  const [leaveError, setLeaveError] = useState<string | null>(null);
  const [creating, setCreating] = useState<string | null>(null);
  // What was just created here, listed until a search finds it (it is the picked value meanwhile).
  const [created, setCreated] = useState<Option | null>(null);
  // An error replaces the hint: it says what to do.
  const note = error ? undefined : hint;
  const control = useFieldControl({ hint: note, error });
  const query = input.trim();
  const search = useDebouncedApi(
    NAME_SEARCH[entity],
    query && query !== value?.name ? { query: { q: query, limit: SEARCH_LIMIT } } : null,
  );
  const searchError = search.latest?.error ? `Search failed (${search.latest.error}); try again.` : leaveError;

  // The last answer stays listed while the next is on its way; only the answer for what is typed now counts.
  const found = search.latest?.data ? optionsOf(nameMatches(search.latest.data)) : [];
  const options = created && !found.some((o) => o.id === created.id) ? [created, ...found] : found;
  const answered = search.current?.data !== undefined;
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
      const match = answered ? undefined : (await searchNames(entity, query)).find((o) => o.exact);
      if (match) pick(match);
    } catch (e) {
      setLeaveError(`Search failed (${(e as Error).message}); try again.`);
    }
  }

  return (
    <div className="space-y-1">
      <ComboBox
        items={items}
        inputValue={input}
        onInputChange={(text) => {
          setInput(text);
          setLeaveError(null);
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
        aria-describedby={control["aria-describedby"]}
        className="group"
      >
        <Label className="block text-sm font-medium text-slate-800">{label}</Label>
        <div className="relative mt-1">
          <Input
            onBlur={() => void pickExactOnLeave()}
            aria-invalid={control["aria-invalid"]}
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
      {searchError && <p className="text-sm text-amber-800">{searchError}</p>}
      <FieldNotes id={control.id} hint={note} error={error} />
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
              setCreated({ id: saved.slug, name: saved.name, detail: saved.parent?.name ?? null, exact: true });
              setInput(saved.name);
              setCreating(null);
            }}
          />
        )}
      </ModalDialog>
    </div>
  );
}
