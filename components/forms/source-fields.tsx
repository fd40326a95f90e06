"use client";

import { useState } from "react";
import { useDebouncedApi } from "@/components/hooks/use-debounced-api";
import { ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Radio, RadioGroup } from "react-aria-components";
import type { SourceJson } from "@/lib/sources/queries";
import { Field } from "./field";

/** The source of a commitment as the form holds it: none, one already recorded, or a new one. */
export type SourceChoice =
  | { mode: "none" }
  | { mode: "existing"; source: Pick<SourceJson, "url" | "title" | "publishedOn" | "publisher"> | null }
  | {
      mode: "new";
      url: string;
      title: string;
      publisher: string;
      publishedOn: string;
      eventOn: string;
      language: string;
    };

/** The `source` a commitment write sends for a choice (an existing source is found again by its address). */
export function sourceBody(choice: SourceChoice) {
  if (choice.mode === "none") return null;
  if (choice.mode === "existing") {
    return choice.source
      ? { url: choice.source.url, title: choice.source.title, publishedOn: choice.source.publishedOn }
      : null;
  }
  return {
    url: choice.url,
    title: choice.title,
    publisher: choice.publisher || null,
    publishedOn: choice.publishedOn,
    eventOn: choice.eventOn || null,
    language: choice.language || null,
  };
}

const radio = "group flex cursor-pointer items-center gap-1.5 text-sm outline-none data-[focus-visible]:underline";
const dot =
  "h-3.5 w-3.5 rounded-full border border-slate-400 group-data-[selected]:border-4 group-data-[selected]:border-blue-600";

function ExistingSourcePicker({
  value,
  onChange,
}: {
  value: SourceJson | null;
  onChange: (s: SourceJson | null) => void;
}) {
  const [input, setInput] = useState(value?.title ?? "");
  const q = input.trim() && input !== value?.title ? input.trim() : undefined;
  // Until an answer comes, the last one stays listed.
  const search = useDebouncedApi("GET /api/v1/sources", { query: { q } });
  const options = search.latest?.data?.data ?? [];
  const failed = search.latest?.error !== undefined;
  return (
    <ComboBox
      items={options}
      inputValue={input}
      onInputChange={setInput}
      selectedKey={value ? String(value.id) : null}
      onSelectionChange={(key) => {
        const picked = options.find((o) => String(o.id) === key) ?? null;
        onChange(picked);
        if (picked) setInput(picked.title);
      }}
      menuTrigger="focus"
      allowsEmptyCollection
    >
      <Label className="block text-sm font-medium text-slate-800">Recorded source</Label>
      <Input
        placeholder="Search by title, publisher or address"
        className="mt-1 w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm outline-none focus:border-blue-500 focus:ring-1 focus:ring-blue-500"
      />
      {failed && <p className="text-sm text-amber-800">Could not load the sources; try again.</p>}
      <Popover className="w-(--trigger-width) rounded-md border border-slate-200 bg-white p-1 shadow-lg outline-none">
        <ListBox
          className="max-h-64 overflow-y-auto outline-none"
          renderEmptyState={() => <p className="px-2 py-1.5 text-sm text-slate-500">No source matches.</p>}
        >
          {(s: SourceJson) => (
            <ListBoxItem
              id={String(s.id)}
              textValue={s.title}
              className="cursor-pointer rounded px-2 py-1.5 text-sm outline-none data-[focused]:bg-blue-50"
            >
              {s.title}
              <span className="block text-xs text-slate-500">
                {s.publisher ?? new URL(s.url).hostname} · {s.publishedOn}
              </span>
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}

/** Where a commitment was stated: an existing source, a new one, or none; field errors come from the server. */
export function SourceFields({
  value,
  onChange,
  errors,
}: {
  value: SourceChoice;
  onChange: (choice: SourceChoice) => void;
  errors: Record<string, string>;
}) {
  const newSource = (patch: Partial<Extract<SourceChoice, { mode: "new" }>>) =>
    onChange({
      mode: "new",
      url: "",
      title: "",
      publisher: "",
      publishedOn: "",
      eventOn: "",
      language: "en",
      ...(value.mode === "new" ? value : {}),
      ...patch,
    });
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-medium text-slate-800">Source</legend>
      <RadioGroup
        aria-label="Source"
        orientation="horizontal"
        value={value.mode}
        onChange={(mode) =>
          mode === "new"
            ? newSource({})
            : onChange(mode === "existing" ? { mode: "existing", source: null } : { mode: "none" })
        }
        className="flex gap-4"
      >
        <Radio value="existing" className={radio}>
          <span aria-hidden className={dot} /> A recorded source
        </Radio>
        <Radio value="new" className={radio}>
          <span aria-hidden className={dot} /> A new source
        </Radio>
        <Radio value="none" className={radio}>
          <span aria-hidden className={dot} /> None
        </Radio>
      </RadioGroup>
      {value.mode === "existing" && (
        <ExistingSourcePicker
          value={value.source as SourceJson | null}
          onChange={(source) => onChange({ mode: "existing", source })}
        />
      )}
      {value.mode === "new" && (
        <div className="grid gap-3 sm:grid-cols-2">
          <div className="sm:col-span-2">
            <Field
              label="Address (URL)"
              value={value.url}
              onChange={(e) => newSource({ url: e.target.value })}
              error={errors["source.url"]}
              type="url"
            />
          </div>
          <div className="sm:col-span-2">
            <Field
              label="Source title"
              value={value.title}
              onChange={(e) => newSource({ title: e.target.value })}
              error={errors["source.title"]}
            />
          </div>
          <Field
            label="Publisher"
            value={value.publisher}
            onChange={(e) => newSource({ publisher: e.target.value })}
            error={errors["source.publisher"]}
          />
          <Field
            label="Language"
            value={value.language}
            onChange={(e) => newSource({ language: e.target.value })}
            hint="ISO 639-1, e.g. en, zh, de"
            error={errors["source.language"]}
          />
          <Field
            label="Published on"
            type="date"
            value={value.publishedOn}
            onChange={(e) => newSource({ publishedOn: e.target.value })}
            error={errors["source.publishedOn"]}
          />
          <Field
            label="Event on"
            type="date"
            value={value.eventOn}
            onChange={(e) => newSource({ eventOn: e.target.value })}
            hint="When the meeting took place, if another day"
            error={errors["source.eventOn"]}
          />
        </div>
      )}
      {errors.source && <p className="text-sm text-red-700">{errors.source}</p>}
    </fieldset>
  );
}
