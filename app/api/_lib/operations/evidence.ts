import { z } from "zod";
import { auditActorOf } from "@/lib/auth/actor";
import { todayIso } from "@/lib/dates";
import { addEvidence, editEvidence, retractEvidence } from "@/lib/evidence/mutations";
import {
  addEvidenceSchema,
  archiveEvidenceSchema,
  editEvidenceSchema,
  retractEvidenceSchema,
} from "@/lib/evidence/schemas";
import { archiveEvidence } from "@/lib/evidence/archive";
import { operation } from "../operation";
import { rowIdParam } from "../params";
import { evidenceWriteResponse } from "../responses/commitments";
import { writer } from "../route";

const tag = "Evidence";
const evidenceParams = z.object({ id: rowIdParam, evidenceId: rowIdParam });

export const addEvidenceOp = operation({
  method: "POST",
  path: "/api/v1/commitments/{id}/evidence",
  id: "addEvidence",
  tag,
  summary: "Attach evidence to a commitment",
  description: "A link already attached (however its address is written) is a 409 naming the existing item.",
  access: "editor",
  params: z.object({ id: rowIdParam }),
  body: addEvidenceSchema,
  status: 201,
  response: evidenceWriteResponse,
  errors: ["conflict"],
  examples: [
    {
      name: "A news report of construction",
      params: { id: "1" },
      body: {
        url: "https://example.com/news/construction-begins",
        title: "Construction begins",
        publishedOn: "2024-03-01",
        stance: "supports",
      },
    },
  ],
  run: async ({ db, params, body, actor }) => addEvidence(db, params.id, body, auditActorOf(writer(actor)), todayIso()),
});

export const editEvidenceOp = operation({
  method: "PATCH",
  path: "/api/v1/commitments/{id}/evidence/{evidenceId}",
  id: "editEvidence",
  tag,
  summary: "Correct an evidence item",
  access: "editor",
  params: evidenceParams,
  body: editEvidenceSchema,
  response: evidenceWriteResponse,
  errors: ["conflict"],
  run: async ({ db, params, body, actor }) =>
    editEvidence(db, params.id, params.evidenceId, body, auditActorOf(writer(actor)), todayIso()),
});

export const archiveEvidenceOp = operation({
  method: "POST",
  path: "/api/v1/commitments/{id}/evidence/{evidenceId}/archive",
  id: "archiveEvidence",
  tag,
  summary: "Ask the web archive for a snapshot of an evidence item's page, and keep its address",
  description:
    "The Internet Archive's Save Page Now by default (`ARCHIVE_SAVE_URL`); 503 when snapshots are turned off or the archive fails. `version` is the item's current version.",
  access: "editor",
  params: evidenceParams,
  body: archiveEvidenceSchema,
  response: evidenceWriteResponse,
  errors: ["conflict", "service_unavailable"],
  run: async ({ db, params, body, actor }) =>
    archiveEvidence(db, params.id, params.evidenceId, body.version, auditActorOf(writer(actor)), todayIso()),
});

export const retractEvidenceOp = operation({
  method: "POST",
  path: "/api/v1/commitments/{id}/evidence/{evidenceId}/retract",
  id: "retractEvidence",
  tag,
  summary: "Retract an evidence item",
  description: "It stays visible in the history, marked retracted, and stops counting.",
  access: "editor",
  params: evidenceParams,
  body: retractEvidenceSchema,
  response: evidenceWriteResponse,
  errors: ["conflict"],
  run: async ({ db, params, body, actor }) =>
    retractEvidence(db, params.id, params.evidenceId, body, auditActorOf(writer(actor))),
});
