"use client";

import { useState } from "react";
import { Field, TextAreaField } from "@/components/forms/field";
import { normalizeUrl, pageKey } from "@/lib/evidence/normalize-url";
import type { EvidenceJson } from "@/lib/evidence/serialize";
import { EVIDENCE_STANCES, type EvidenceStance, STANCE_LABELS } from "@/lib/vocabulary";

/** An evidence item already attached to the commitment, as the attach form compares links with it. */
export type AttachedLink = { id: number; url: string; title: string };

/** The attached item that `typed` is another address of (scheme, www., trailing slash, index.html aside). */
function sameLinkAs(typed: string, attached: AttachedLink[]): AttachedLink | undefined {
  const checked = normalizeUrl(typed);
  if (!checked.ok) return undefined;
  return attached.find((a) => pageKey(a.url) === checked.value.key);
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return "";
  }
}

/** The fields of an evidence item, for attaching a new one or editing one. */
export function EvidenceFields({
  existing,
  errors,
  today,
  attached = [],
}: {
  existing?: EvidenceJson;
  errors: Record<string, string>;
  today: string;
  attached?: AttachedLink[];
}) {
  const [url, setUrl] = useState(existing?.url ?? "");
  const duplicate = sameLinkAs(url, attached);
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <Field
          label="Link"
          name="url"
          type="url"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          error={errors.url}
          required
          hint={
            duplicate ? (
              <span className="text-amber-800">
                Already attached as{" "}
                <a href={`#evidence-${duplicate.id}`} className="underline">
                  “{duplicate.title}”
                </a>
                : the same page under another address. Saving will be refused.
              </span>
            ) : (
              "http or https; tracking parameters are removed."
            )
          }
        />
      </div>
      <div className="sm:col-span-2">
        <Field label="Headline or title" name="title" defaultValue={existing?.title} error={errors.title} required />
      </div>
      <Field
        label="Publisher"
        name="publisher"
        defaultValue={existing?.publisher ?? ""}
        placeholder={hostOf(url)}
        hint="Empty: taken from the link's host."
        error={errors.publisher}
      />
      <Field
        label="Published on"
        name="publishedOn"
        type="date"
        max={today}
        defaultValue={existing?.publishedOn}
        error={errors.publishedOn}
        required
      />
      <Field
        label="Language"
        name="language"
        defaultValue={existing?.language ?? "en"}
        hint="ISO 639-1, e.g. en, zh, de"
        error={errors.language}
        maxLength={2}
      />
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-800">Stance</legend>
        <div className="flex gap-3 pt-1 text-sm">
          {EVIDENCE_STANCES.map((stance) => (
            <label key={stance} className="flex items-center gap-1.5">
              <input
                type="radio"
                name="stance"
                value={stance}
                defaultChecked={(existing?.stance ?? "supports") === stance}
              />
              {STANCE_LABELS[stance]}
            </label>
          ))}
        </div>
        {errors.stance && <p className="text-sm text-red-700">{errors.stance}</p>}
      </fieldset>
      <div className="sm:col-span-2">
        <TextAreaField
          label="Note"
          id={`note-${existing?.id ?? "new"}`}
          name="note"
          rows={2}
          defaultValue={existing?.note ?? ""}
          error={errors.note}
        />
      </div>
      <div className="sm:col-span-2">
        <Field
          label="Archived copy"
          name="archiveUrl"
          type="url"
          defaultValue={existing?.archiveUrl ?? ""}
          hint="Optional: e.g. a web.archive.org address."
          error={errors.archiveUrl}
        />
      </div>
    </div>
  );
}

/** The JSON body for the evidence fields of a submitted form. */
export function evidenceBody(form: FormData) {
  const text = (name: string) => String(form.get(name) ?? "").trim();
  return {
    url: text("url"),
    title: text("title"),
    publisher: text("publisher") || null,
    publishedOn: text("publishedOn"),
    language: text("language") || null,
    // Checked by the server, which names a missing or unknown stance.
    stance: text("stance") as EvidenceStance,
    note: text("note") || null,
    archiveUrl: text("archiveUrl") || null,
  };
}
