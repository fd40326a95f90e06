"use client";

import { Field, SelectField } from "@/components/forms/field";
import type { DraftSource } from "@/lib/intake/draft";
import type { Language } from "@/lib/intake/types";

const LANGUAGE_NAMES: Record<Language, string> = { en: "English", zh: "Chinese" };

/** Where the statement comes from: address, title, publisher, date, and its language (detected, editable). */
export function SourcePanel({
  source,
  detected,
  errors,
  onChange,
}: {
  source: DraftSource;
  detected: Language | null;
  errors: Record<string, string>;
  onChange: (field: keyof DraftSource, value: string) => void;
}) {
  return (
    <fieldset className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6">
      <legend className="px-1 text-sm font-semibold text-slate-900">Source</legend>
      <div className="sm:col-span-2 lg:col-span-3">
        <Field
          label="Address (URL)"
          type="url"
          inputMode="url"
          placeholder="https://…"
          value={source.url}
          onChange={(e) => onChange("url", e.target.value)}
          error={errors.url}
          hint="A corrected text needs an address of its own: a quoted text never changes."
        />
      </div>
      <div className="sm:col-span-2 lg:col-span-3">
        <Field
          label="Title"
          value={source.title}
          onChange={(e) => onChange("title", e.target.value)}
          error={errors.title}
        />
      </div>
      <div className="lg:col-span-2">
        <Field
          label="Publisher"
          value={source.publisher}
          onChange={(e) => onChange("publisher", e.target.value)}
          error={errors.publisher}
        />
      </div>
      <div className="lg:col-span-2">
        <Field
          label="Published on"
          type="date"
          value={source.publishedOn}
          onChange={(e) => onChange("publishedOn", e.target.value)}
          error={errors.publishedOn}
          hint="Targets like “within three years” count from it."
        />
      </div>
      <div className="lg:col-span-2">
        <SelectField
          label="Language"
          id="intake-language"
          value={source.language}
          onChange={(e) => onChange("language", e.target.value)}
          error={errors.language}
          options={[
            { value: "", label: `Detect${detected ? ` (looks ${LANGUAGE_NAMES[detected]})` : ""}` },
            { value: "en", label: "English" },
            { value: "zh", label: "Chinese (simplified or traditional)" },
          ]}
        />
      </div>
    </fieldset>
  );
}
