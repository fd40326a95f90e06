"use client";

import { useId, useRef } from "react";
import { api } from "@/components/forms/api-client";
import { FormError, TextAreaField, inputClasses, primaryButton, secondaryButton } from "@/components/forms/field";
import { useApiCall } from "@/components/hooks/use-api-call";
import type { Language } from "@/lib/intake/types";

export type ConvertedStatement = { text: string; title: string | null; format: string; language: Language };

/** Sends a file to the conversion API (.txt, .html, .pdf → text); the error says which file cannot be read, and why. */
async function convertFile(file: File) {
  const form = new FormData();
  form.set("file", file);
  const result = await api("POST /api/v1/intake/convert", { body: form });
  return result.ok
    ? result
    : { ...result, error: { ...result.error, message: `${file.name}: ${result.error.message}` } };
}

/** The statement's text: pasted, or read from an uploaded file; then "Find commitments". */
export function StatementInput({
  text,
  error,
  busy,
  onText,
  onConverted,
  onFind,
}: {
  text: string;
  error?: string;
  busy: boolean;
  onText: (text: string) => void;
  onConverted: (converted: ConvertedStatement, fileName: string) => void;
  onFind: () => void;
}) {
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const { busy: uploading, error: uploadError, run } = useApiCall();

  async function upload(file: File) {
    const result = await run(() => convertFile(file));
    if (fileInput.current) fileInput.current.value = "";
    if (result.ok) onConverted(result.data, file.name);
  }

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
          Statement
        </h2>
        <div className="flex items-center gap-2">
          <input
            ref={fileInput}
            type="file"
            aria-label="Statement file"
            tabIndex={-1}
            accept=".txt,.html,.htm,.pdf,text/plain,text/html,application/pdf"
            className="hidden"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void upload(file);
            }}
          />
          <button
            type="button"
            className={secondaryButton}
            disabled={uploading}
            onClick={() => fileInput.current?.click()}
          >
            {uploading ? "Reading the file…" : "Upload .txt, .html or .pdf"}
          </button>
        </div>
      </div>
      <FormError message={uploadError} />
      <TextAreaField
        label="Statement text"
        hideLabel
        id={`${id}-text`}
        value={text}
        onChange={(e) => onText(e.target.value)}
        rows={14}
        placeholder="Paste the statement here: a meeting readout, a press release, an MoU list… English or Chinese."
        error={error}
        className={`${inputClasses} font-[inherit] leading-6`}
      />
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className={primaryButton} disabled={busy || !text.trim()} onClick={onFind}>
          {busy ? "Finding commitments…" : "Find commitments"}
        </button>
        <span className="text-xs text-slate-500">
          {text.length.toLocaleString("en")} characters · nothing is saved until you press Save
        </span>
      </div>
    </section>
  );
}
