"use client";

import type { Ref } from "react";
import type { Decision, DraftItem } from "@/lib/intake/draft";
import { KIND_LABELS } from "@/lib/vocabulary";
import { CandidateFields } from "./candidate-fields";
import { DECISION_LABELS, kindSwatch } from "./kind-style";

const SHOWN_FIELDS = new Set([
  "title",
  "maker",
  "counterpart",
  "region",
  "sector",
  "amount",
  "currency",
  "jobs",
  "targetOn",
]);

const toggle =
  "rounded-md border px-2.5 py-1 text-sm outline-none focus-visible:ring-2 focus-visible:ring-blue-600 aria-pressed:font-medium";

function Summary({ item }: { item: DraftItem }) {
  const maker = item.maker?.name ?? (item.makerText ? `${item.makerText} (new)` : "maker?");
  const region = item.region?.name ?? (item.regionText ? `${item.regionText} (new)` : "region?");
  const facts = [
    item.amount && `${Number(item.amount).toLocaleString("en")} ${item.currency}`.trim(),
    item.jobs && `${Number(item.jobs).toLocaleString("en")} jobs`,
    item.targetOn && `by ${item.targetOn}`,
  ].filter(Boolean);
  return (
    <p className="text-xs text-slate-600">
      {maker} · {region}
      {facts.length > 0 && ` · ${facts.join(" · ")}`}
    </p>
  );
}

type Props = {
  ref?: Ref<HTMLLIElement>;
  item: DraftItem;
  active: boolean;
  sectors: string[];
  errors: Record<string, string>;
  onFocus: () => void;
  onDecide: (decision: Decision, restates?: number | null) => void;
  onChange: (patch: Partial<DraftItem>) => void;
};

/** One candidate: its quote, accept / reject / accept as a restatement, and (while active) all its fields. */
export function CandidateCard({ ref, item, active, sectors, errors, onFocus, onDecide, onChange }: Props) {
  const accepted = item.decision === "accepted";
  const asNew = accepted && item.restates === null;
  const other = Object.entries(errors).filter(([field]) => !SHOWN_FIELDS.has(field) || !active);
  return (
    <li
      ref={ref}
      id={`candidate-${item.key}`}
      tabIndex={-1}
      aria-current={active ? "true" : undefined}
      aria-label={`${KIND_LABELS[item.kind]}: ${item.title || item.quote}`}
      data-decision={item.decision}
      onFocusCapture={onFocus}
      onClick={onFocus}
      className={`scroll-mt-16 scroll-mb-4 space-y-2 rounded-lg border bg-white p-3 outline-none ${active ? "border-slate-900 ring-1 ring-slate-900" : "border-slate-200"} ${item.decision === "rejected" ? "opacity-70" : ""}`}
    >
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span className={`inline-block h-3 w-3 rounded-sm ${kindSwatch(item.kind)}`} aria-hidden />
        <span className="font-medium text-slate-800">{KIND_LABELS[item.kind]}</span>
        <span className="text-slate-500">· {DECISION_LABELS[item.decision]}</span>
        {item.restates !== null && <span className="text-slate-500">· restates #{item.restates}</span>}
        {item.added && <span className="text-slate-500">· marked by you</span>}
      </div>
      {/* Nothing above the buttons changes with focus: a click that focuses the card must land where it aimed. */}
      <blockquote className="text-sm text-slate-800">{item.quote}</blockquote>
      {item.decision !== "rejected" && <Summary item={item} />}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          aria-pressed={asNew}
          onClick={() => onDecide(asNew ? "pending" : "accepted")}
          className={`${toggle} ${asNew ? "border-green-700 bg-green-50 text-green-900" : "border-slate-300 text-slate-700 hover:bg-slate-50"}`}
        >
          {asNew ? "Accepted" : "Accept"}
        </button>
        <button
          type="button"
          aria-pressed={item.decision === "rejected"}
          onClick={() => onDecide(item.decision === "rejected" ? "pending" : "rejected")}
          className={`${toggle} ${item.decision === "rejected" ? "border-red-700 bg-red-50 text-red-900" : "border-slate-300 text-slate-700 hover:bg-slate-50"}`}
        >
          {item.decision === "rejected" ? "Rejected" : "Reject"}
        </button>
        {item.suggestions.map((restated) => {
          const pressed = accepted && item.restates === restated.id;
          return (
            <button
              key={restated.id}
              type="button"
              aria-pressed={pressed}
              onClick={() => onDecide(pressed ? "pending" : "accepted", pressed ? null : restated.id)}
              title={`${restated.title} (announced ${restated.announcedOn})`}
              className={`${toggle} max-w-full truncate ${pressed ? "border-blue-700 bg-blue-50 text-blue-900" : "border-slate-300 text-slate-700 hover:bg-slate-50"}`}
            >
              Restates #{restated.id}: {restated.title}
            </button>
          );
        })}
      </div>
      {other.length > 0 && (
        <ul role="alert" className="text-sm text-red-700">
          {other.map(([field, message]) => (
            <li key={field}>{field === "item" ? message : `${field}: ${message}`}</li>
          ))}
        </ul>
      )}
      {active && item.decision !== "rejected" && (
        <CandidateFields item={item} sectors={sectors} errors={errors} onChange={onChange} />
      )}
    </li>
  );
}
