"use client";

import { useRouter } from "next/navigation";
import { useMemo, useReducer, useState } from "react";
import { type CallInput, api } from "@/components/forms/api-client";
import { FormError, secondaryButton } from "@/components/forms/field";
import { useMounted } from "@/components/ui/use-mounted";
import { detectLanguage } from "@/lib/intake/detect-language";
import { draftReducer, emptyDraft } from "@/lib/intake/draft";
import { type DraftErrors, acceptBody, errorsFromApi } from "@/lib/intake/draft-save";
import { Review } from "./review";
import { SourcePanel } from "./source-panel";
import { StatementInput } from "./statement-input";
import { restoreDraft, useKeepDraft } from "./use-draft-storage";

const NO_ERRORS: DraftErrors = { source: {}, items: {} };

const isHttpUrl = (value: string) => {
  try {
    return ["http:", "https:"].includes(new URL(value.trim()).protocol);
  } catch {
    return false;
  }
};

type Props = { today: string; sectors: string[] };

/** The intake screen, drawn in the browser only: its draft lives in the browser's storage. */
export function IntakeWorkspace(props: Props) {
  return useMounted() ? <IntakeEditor {...props} /> : <p className="text-sm text-slate-600">Opening the intake…</p>;
}

/** The statement and its source, then the review of what was found, then one save. */
function IntakeEditor({ today, sectors }: Props) {
  const router = useRouter();
  const [restored] = useState(() => restoreDraft(today));
  const [draft, dispatch] = useReducer(draftReducer, restored.draft);
  const { failure: keepFailure, forget: forgetDraft } = useKeepDraft(draft);
  const [notice, setNotice] = useState(restored.notice);
  const [errors, setErrors] = useState<DraftErrors>(NO_ERRORS);
  const [textError, setTextError] = useState<string | undefined>();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState<"extract" | "save" | null>(null);
  const detected = useMemo(() => (draft.text.trim() ? detectLanguage(draft.text) : null), [draft.text]);

  async function find() {
    setBusy("extract");
    setMessage(null);
    setTextError(undefined);
    const { source } = draft;
    const result = await api("POST /api/v1/intake/extract", {
      body: {
        text: draft.text,
        language: source.language || undefined,
        publishedOn: source.publishedOn || undefined,
        sourceUrl: isHttpUrl(source.url) ? source.url.trim() : undefined,
      },
    });
    setBusy(null);
    if (result.ok) {
      dispatch({ type: "extracted", language: result.data.language, candidates: result.data.candidates });
      setErrors(NO_ERRORS);
      return;
    }
    setTextError(result.error.fields.text);
    setErrors({ source: result.error.fields, items: {} });
    setMessage(result.error.message);
  }

  async function save() {
    const prepared = acceptBody(draft);
    if (!prepared.ok) {
      setErrors(prepared.errors);
      setMessage("Some fields need attention before saving; they are marked below.");
      revealFirst(prepared.errors);
      return;
    }
    setBusy("save");
    setMessage(null);
    const result = await api("POST /api/v1/intake/accept", {
      body: prepared.body as CallInput<"POST /api/v1/intake/accept">["body"],
    });
    if (result.ok) {
      forgetDraft();
      dispatch({ type: "replace", draft: emptyDraft(today) });
      router.push(`/sources/${result.data.source.id}`);
      return;
    }
    setBusy(null);
    const mapped = errorsFromApi(result.error.fields, prepared.keys);
    setErrors(mapped);
    setMessage(result.error.message);
    revealFirst(mapped);
  }

  /** Makes the first candidate with a problem the active one, and scrolls to it once it is drawn. */
  function revealFirst(found: DraftErrors) {
    const first = draft.items?.find((item) => found.items[item.key]);
    if (!first) return;
    dispatch({ type: "focus", key: first.key });
    requestAnimationFrame(() => document.getElementById(`candidate-${first.key}`)?.scrollIntoView({ block: "center" }));
  }

  function editText() {
    const decided = draft.items?.some((item) => item.decision !== "pending") ?? false;
    if (decided && !window.confirm("Editing the text drops the candidates and your decisions on them. Continue?"))
      return;
    dispatch({ type: "edit-text" });
    setErrors(NO_ERRORS);
  }

  function discard() {
    if (!window.confirm("Discard this draft: the text, the source and every decision?")) return;
    forgetDraft();
    dispatch({ type: "replace", draft: emptyDraft(today) });
    setErrors(NO_ERRORS);
    setMessage(null);
  }

  return (
    <div className="space-y-4">
      {notice && (
        <div
          role="status"
          className="flex flex-wrap items-center gap-3 rounded-md border border-blue-200 bg-blue-50 px-3 py-2 text-sm text-blue-900"
        >
          {notice}
          <button type="button" className="ml-auto text-blue-800 underline" onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </div>
      )}
      <FormError message={keepFailure} />
      <FormError message={message} />
      <SourcePanel
        source={draft.source}
        detected={detected}
        errors={errors.source}
        onChange={(field, value) => dispatch({ type: "source", field, value })}
      />
      {draft.items === null ? (
        <StatementInput
          text={draft.text}
          error={textError}
          busy={busy === "extract"}
          onText={(text) => dispatch({ type: "text", text })}
          onConverted={(converted, fileName) => {
            dispatch({ type: "text", text: converted.text });
            if (!draft.source.title) dispatch({ type: "source", field: "title", value: converted.title ?? fileName });
            dispatch({ type: "source", field: "language", value: converted.language });
          }}
          onFind={find}
        />
      ) : (
        <Review
          draft={{ ...draft, items: draft.items }}
          dispatch={dispatch}
          sectors={sectors}
          errors={errors}
          saving={busy === "save"}
          onSave={save}
          onEditText={editText}
        />
      )}
      {draft.text && (
        <button type="button" className={`${secondaryButton} text-red-700`} onClick={discard}>
          Discard draft
        </button>
      )}
    </div>
  );
}
