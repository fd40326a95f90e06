import { StanceBadge } from "@/components/ui/badge";
import { ExternalLink } from "@/components/ui/external-link";
import { fieldLabel, readablePerson, readableValue } from "@/lib/audit/readable";
import type { ReadableNames } from "@/lib/audit/readable-names";
import type { FieldChanges } from "@/lib/audit/record";
import type { TimelineEvent } from "@/lib/commitments/timeline";
import type { RestatementChange } from "@/lib/mentions/changes";
import { STATUS_LABELS } from "@/lib/vocabulary";

/** "Target date: — → 31 Dec 2026", one line per changed field. */
function Changes({ changes, entityType, names }: { changes: FieldChanges; entityType: string; names: ReadableNames }) {
  const context = { entityType, references: names.references };
  return (
    <ul className="mt-1 space-y-0.5 text-slate-700">
      {Object.entries(changes).map(([field, { from, to }]) => (
        <li key={field}>
          <span className="font-medium">{fieldLabel(field)}</span>:{" "}
          <span className="text-slate-500 line-through">{readableValue(field, from, context)}</span> →{" "}
          {readableValue(field, to, context)}
        </li>
      ))}
    </ul>
  );
}

const FIELD_NAMES: Record<RestatementChange["field"], string> = { amount: "amount", jobs: "jobs", targetOn: "target" };
const shown = (change: RestatementChange) =>
  typeof change.to === "number" ? change.to.toLocaleString("en") : change.to;

/** "target slipped from 2026-12-31 to 2027", "jobs raised from 1,000 to 1,500". */
function Restated({ changes }: { changes: RestatementChange[] }) {
  if (changes.length === 0) return <span className="text-slate-600"> (nothing stated differently)</span>;
  return (
    <ul className="mt-1 space-y-0.5 text-slate-700">
      {changes.map((change) => (
        <li key={change.field}>
          <span className="font-medium">
            {FIELD_NAMES[change.field]} {change.direction}
          </span>
          {change.from !== null && (
            <>
              {" "}
              from{" "}
              <span className="text-slate-500">
                {typeof change.from === "number" ? change.from.toLocaleString("en") : change.from}
              </span>
            </>
          )}{" "}
          to {shown(change)}
        </li>
      ))}
    </ul>
  );
}

function describe(event: TimelineEvent, names: ReadableNames) {
  switch (event.type) {
    case "source":
      return (
        <>
          Stated in <ExternalLink href={event.url}>{event.title}</ExternalLink>
          {event.publisher && <span className="text-slate-600"> ({event.publisher})</span>}
          {event.location && <span className="text-slate-600">, {event.location}</span>}
        </>
      );
    case "recorded":
      return (
        <>
          Recorded as <strong>{STATUS_LABELS[event.status]}</strong> ({event.progress}%).{" "}
          <span className="text-slate-700">{event.reason}</span>
        </>
      );
    case "evidence":
      return (
        <span className={event.retracted ? "text-slate-500 line-through" : ""}>
          <StanceBadge stance={event.stance} /> <ExternalLink href={event.url}>{event.title}</ExternalLink>
        </span>
      );
    case "retraction":
      return (
        <>
          Retracted evidence “{event.title}”{event.reason && <span className="text-slate-700">: {event.reason}</span>}
        </>
      );
    case "status":
      return (
        <>
          {STATUS_LABELS[event.from]} → <strong>{STATUS_LABELS[event.to]}</strong> ({event.progress}%).{" "}
          <span className="text-slate-700">{event.reason}</span>
          {event.recordedAt.slice(0, 10) !== event.when.slice(0, 10) && (
            <span className="text-slate-600"> (recorded {event.recordedAt.slice(0, 10)})</span>
          )}
          {event.evidence && (
            <span className="text-slate-600">
              {" "}
              (see{" "}
              <a href={`#evidence-${event.evidence.id}`} className="text-blue-700 underline">
                {event.evidence.title}
              </a>
              )
            </span>
          )}
        </>
      );
    case "edit":
      return (
        <>
          Edited
          <Changes changes={event.changes} entityType="commitment" names={names} />
        </>
      );
    case "restatement":
      return (
        <>
          Stated again in{" "}
          <a href={`/sources/${event.source.id}`} className="text-blue-700 underline">
            {event.source.title}
          </a>
          {event.quote && <q className="block text-slate-700">{event.quote}</q>}
          <Restated changes={event.changes} />
        </>
      );
    case "evidence_edit":
      return (
        <>
          Edited evidence “{event.title}”
          <Changes changes={event.changes} entityType="evidence" names={names} />
        </>
      );
  }
}

const LABELS: Record<TimelineEvent["type"], string> = {
  source: "Source",
  recorded: "Recorded",
  evidence: "Evidence",
  retraction: "Retraction",
  status: "Status",
  edit: "Edit",
  restatement: "Restated",
  evidence_edit: "Evidence edit",
};

/** One chronological list, newest first, of everything that happened to the commitment. */
export function Timeline({ events, names }: { events: TimelineEvent[]; names: ReadableNames }) {
  if (events.length === 0) return <p className="text-sm text-slate-600">Nothing recorded yet.</p>;
  return (
    <ol className="space-y-3" aria-label="History">
      {events.map((event) => (
        <li key={event.key} className="border-l-2 border-slate-200 pl-3 text-sm" data-event={event.type}>
          <div className="flex flex-wrap items-baseline gap-x-2 text-xs text-slate-500">
            <time dateTime={event.when} className="tabular-nums">
              {event.when.slice(0, 10)}
            </time>
            <span className="font-medium uppercase tracking-wide">{LABELS[event.type]}</span>
            {event.by && <span>by {readablePerson(event.by, names.people)}</span>}
          </div>
          <div className="mt-0.5">{describe(event, names)}</div>
        </li>
      ))}
    </ol>
  );
}
