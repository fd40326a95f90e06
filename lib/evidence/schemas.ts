import { z } from "zod";
import { httpUrlField, languageField, pastDateField, optionalText, requiredText, versionField } from "@/lib/validation";
import { EVIDENCE_STANCES } from "@/lib/vocabulary";

const stanceField = z.enum(EVIDENCE_STANCES, { error: `must be one of: ${EVIDENCE_STANCES.join(", ")}` });

const evidenceFields = {
  url: httpUrlField,
  title: requiredText(500),
  /** Defaults to the link's host name. */
  publisher: optionalText(200),
  publishedOn: pastDateField,
  language: languageField,
  stance: stanceField,
  note: optionalText(10_000),
  archiveUrl: httpUrlField.nullish().transform((v) => v ?? null),
};

/** POST /api/v1/commitments/{id}/evidence (CONTRACT.md). */
export const addEvidenceSchema = z.object(evidenceFields).strict();
export type AddEvidenceInput = z.output<typeof addEvidenceSchema>;

/** PATCH …/evidence/{evidenceId}: any field, and the version the edit was based on. */
export const editEvidenceSchema = z.object(evidenceFields).partial().extend({ version: versionField }).strict();
export type EditEvidenceInput = z.output<typeof editEvidenceSchema>;

/** POST …/evidence/{evidenceId}/retract: why it no longer counts. */
export const retractEvidenceSchema = z.object({ reason: requiredText(2000), version: versionField }).strict();
export type RetractEvidenceInput = z.output<typeof retractEvidenceSchema>;

/** POST …/evidence/{evidenceId}/archive: the item's version, as for an edit. */
export const archiveEvidenceSchema = z.object({ version: versionField }).strict();
