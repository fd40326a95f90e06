import Link from "next/link";
import { type DataColumn, columnFactory } from "@/components/data-table/columns";
import type { AuditEntryJson } from "@/lib/audit/queries";
import { fieldLabel, readablePerson, readableValue } from "@/lib/audit/readable";
import type { ReadableNames } from "@/lib/audit/readable-names";
import { AUDIT_ACTIONS, AUDIT_ACTION_LABELS } from "@/lib/audit/record";

const ENTITY_TYPES = ["commitment", "evidence", "organization", "region", "source", "user", "api_token", "session"];

/** A readable name for the record: its title, name or email when the entry carries one. */
function recordName(entry: AuditEntryJson): string | null {
  for (const values of [entry.after, entry.before]) {
    for (const key of ["title", "name", "email"]) {
      const value = values?.[key];
      if (typeof value === "string" && value) return value;
    }
  }
  return null;
}

function RecordCell({ entry }: { entry: AuditEntryJson }) {
  const name = recordName(entry);
  const label = `${entry.entityType}${entry.entityId ? ` ${entry.entityId}` : ""}${name ? `: ${name}` : ""}`;
  if (entry.entityType !== "commitment" || !entry.entityId) return label;
  return (
    <Link className="text-blue-700 hover:underline" href={`/commitments/${entry.entityId}`}>
      {label}
    </Link>
  );
}

function WhoCell({ entry, names }: { entry: AuditEntryJson; names: ReadableNames }) {
  const person = readablePerson(entry.actor.label, names.people);
  return (
    <>
      {person}
      {person !== entry.actor.label && <div className="text-xs text-slate-500">{entry.actor.label}</div>}
      {entry.ip && <div className="text-xs text-slate-500">{entry.ip}</div>}
    </>
  );
}

function ChangesCell({ entry, names }: { entry: AuditEntryJson; names: ReadableNames }) {
  if (!entry.changes) return <span className="text-slate-400">—</span>;
  const context = { entityType: entry.entityType, references: names.references };
  return (
    <ul className="space-y-0.5">
      {Object.entries(entry.changes).map(([field, change]) => (
        <li key={field}>
          <span className="font-medium">{fieldLabel(field)}</span>:{" "}
          <span className="text-slate-500 line-through">{readableValue(field, change.from, context)}</span> →{" "}
          <span>{readableValue(field, change.to, context)}</span>
        </li>
      ))}
    </ul>
  );
}

const column = columnFactory<AuditEntryJson>();

/** The audit log's columns; their filters make the toolbar above it. */
export function auditColumns(names: ReadableNames): DataColumn<AuditEntryJson>[] {
  return [
    column.value("at", (e) => e.at.slice(0, 19).replace("T", " "), {
      label: "When (UTC)",
      className: "whitespace-nowrap tabular-nums",
      filters: [
        { kind: "date", param: "from", label: "From" },
        { kind: "date", param: "to", label: "To" },
      ],
    }),
    column.display(
      "actor",
      { label: "Who", filters: [{ kind: "text", param: "actor", label: "Who", placeholder: "email" }] },
      (entry) => <WhoCell entry={entry} names={names} />,
    ),
    column.value("action", (e) => AUDIT_ACTION_LABELS[e.action] ?? e.action, {
      label: "What",
      filters: [
        {
          kind: "select",
          param: "action",
          label: "Action",
          options: AUDIT_ACTIONS.map((a) => ({ value: a, label: AUDIT_ACTION_LABELS[a] })),
        },
      ],
    }),
    column.display(
      "record",
      {
        label: "Record",
        filters: [
          {
            kind: "select",
            param: "entityType",
            label: "Record",
            options: ENTITY_TYPES.map((t) => ({ value: t, label: t })),
          },
          { kind: "text", param: "entityId", label: "Record id", size: 8 },
        ],
      },
      (entry) => <RecordCell entry={entry} />,
    ),
    column.display("changes", { label: "Changes" }, (entry) => <ChangesCell entry={entry} names={names} />),
  ];
}
