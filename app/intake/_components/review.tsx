"use client";

import { type Dispatch, useCallback, useEffect, useRef, useState } from "react";
import { primaryButton, secondaryButton } from "@/components/forms/field";
import { type DraftAction, type IntakeDraft, itemFromSelection } from "@/lib/intake/draft";
import { type DraftErrors, countDecisions } from "@/lib/intake/draft-save";
import { COMMITMENT_KINDS, KIND_LABELS } from "@/lib/vocabulary";
import { AnnotatedStatement, type TextSelection } from "./annotated-statement";
import { CandidateCard } from "./candidate-card";
import { kindSwatch } from "./kind-style";
import { useReviewKeys } from "./use-review-keys";

function Legend() {
  return (
    <ul className="flex flex-wrap gap-3 text-xs text-slate-600" aria-label="Highlight colours">
      {COMMITMENT_KINDS.map((kind) => (
        <li key={kind} className="flex items-center gap-1">
          <span aria-hidden className={`inline-block h-3 w-3 rounded-sm ${kindSwatch(kind)}`} />
          {KIND_LABELS[kind]}
        </li>
      ))}
      <li>darker: accepted · struck through: rejected</li>
    </ul>
  );
}

/** The found candidates beside the statement: decide, edit, add what was missed, then save the accepted. */
export function Review({
  draft,
  dispatch,
  sectors,
  errors,
  saving,
  onSave,
  onEditText,
}: {
  draft: IntakeDraft & { items: NonNullable<IntakeDraft["items"]> };
  dispatch: Dispatch<DraftAction>;
  sectors: string[];
  errors: DraftErrors;
  saving: boolean;
  onSave: () => void;
  onEditText: () => void;
}) {
  const { items } = draft;
  const active = items[draft.active] ?? null;
  const counts = countDecisions(items);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const cards = useRef(new Map<string, HTMLLIElement>());
  // Scrolling follows the keyboard and the highlights, never a click in the list: a click that scrolled the
  // page between mouse down and up would land on something else.
  const reveal = useRef<"keyboard" | "mark" | null>(null);
  const textPanel = useRef<HTMLElement>(null);

  const decide = (decision: "accepted" | "rejected" | "pending") => {
    if (!active) return;
    dispatch({ type: "decide", key: active.key, decision });
    if (decision !== "pending") {
      reveal.current = "keyboard";
      dispatch({ type: "move", by: 1 });
    }
  };
  useReviewKeys(items.length > 0, {
    move: (by) => {
      reveal.current = "keyboard";
      dispatch({ type: "move", by });
    },
    accept: () => decide("accepted"),
    reject: () => decide("rejected"),
    undo: () => decide("pending"),
  });

  const activeKey = active?.key ?? null;
  useEffect(() => {
    const how = reveal.current;
    reveal.current = null;
    if (!activeKey || !how) return;
    const card = cards.current.get(activeKey);
    card?.scrollIntoView({ block: "nearest" });
    if (how !== "keyboard") return;
    card?.focus({ preventScroll: true });
    // Keep the quote in view in the text beside the list (a scrolling panel on wide screens only).
    const mark = document.getElementById(`mark-${activeKey}`);
    const panel = textPanel.current;
    if (mark && panel && panel.scrollHeight > panel.clientHeight) {
      const offset = mark.getBoundingClientRect().top - panel.getBoundingClientRect().top;
      if (offset < 0 || offset > panel.clientHeight - 40) panel.scrollBy({ top: offset - panel.clientHeight / 3 });
    }
  }, [activeKey]);

  const onSelection = useCallback((next: TextSelection | null) => setSelection(next), []);
  const addSelection = () => {
    if (!selection) return;
    const item = itemFromSelection(draft.text, selection.start, selection.end);
    if (item) dispatch({ type: "add", item });
    window.getSelection()?.removeAllRanges();
    setSelection(null);
  };

  return (
    <div className="space-y-3">
      <div className="sticky top-0 z-10 flex flex-wrap items-center gap-3 border-b border-slate-200 bg-slate-50/95 py-2 backdrop-blur">
        <p className="text-sm text-slate-700" aria-live="polite">
          <span className="font-medium">{counts.accepted} accepted</span> · {counts.rejected} rejected ·{" "}
          {counts.pending} to review
        </p>
        <div className="ml-auto flex flex-wrap gap-2">
          <button type="button" className={secondaryButton} onClick={onEditText}>
            Edit text
          </button>
          <button
            type="button"
            className={secondaryButton}
            disabled={!selection}
            onMouseDown={(e) => e.preventDefault()}
            onClick={addSelection}
            title="Select the words of a commitment in the text, then add them"
          >
            Add selected text
          </button>
          <button type="button" className={primaryButton} disabled={saving || counts.accepted === 0} onClick={onSave}>
            {saving ? "Saving…" : `Save ${counts.accepted} accepted`}
          </button>
        </div>
      </div>
      <p className="text-xs text-slate-500">
        Keys: <kbd>j</kbd>/<kbd>↓</kbd> next · <kbd>k</kbd>/<kbd>↑</kbd> previous · <kbd>a</kbd> accept · <kbd>r</kbd>{" "}
        reject · <kbd>u</kbd> back to review. Candidates left to review are not saved.
      </p>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <section
          ref={textPanel}
          aria-label="Statement"
          className="order-2 min-w-0 space-y-2 lg:order-1 rounded-lg border border-slate-200 bg-white p-4 lg:sticky lg:top-14 lg:max-h-[calc(100vh-5rem)] lg:overflow-y-auto"
        >
          <Legend />
          <AnnotatedStatement
            text={draft.text}
            language={draft.source.language}
            items={items}
            activeKey={activeKey}
            onPick={(key) => {
              reveal.current = "mark";
              dispatch({ type: "focus", key });
            }}
            onSelection={onSelection}
          />
        </section>
        <section aria-label="Candidates" className="order-1 min-w-0 space-y-2 lg:order-2">
          {items.length === 0 ? (
            <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600">
              No commitment was found in this text. Select the words of one in the statement and press “Add selected
              text” to record it.
            </p>
          ) : (
            <ol className="space-y-2">
              {items.map((item, index) => (
                <CandidateCard
                  key={item.key}
                  ref={(element) => {
                    if (element) cards.current.set(item.key, element);
                    else cards.current.delete(item.key);
                  }}
                  item={item}
                  active={index === draft.active}
                  sectors={sectors}
                  errors={errors.items[item.key] ?? {}}
                  onFocus={() => index !== draft.active && dispatch({ type: "focus", key: item.key })}
                  onDecide={(decision, restates) => dispatch({ type: "decide", key: item.key, decision, restates })}
                  onChange={(patch) => dispatch({ type: "update", key: item.key, patch })}
                />
              ))}
            </ol>
          )}
        </section>
      </div>
    </div>
  );
}
