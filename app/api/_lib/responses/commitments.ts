import { z } from "zod";
import { COMMITMENT_KINDS, COMMITMENT_STATUSES, EVIDENCE_STANCES } from "@/db/vocabulary";
import { dateString, named, timestamp } from "./common";

const status = z.enum(COMMITMENT_STATUSES);

export const commitmentResponse = z
  .object({
    id: z.number().int(),
    title: z.string(),
    summary: z.string().nullable(),
    maker: named,
    counterpart: named.nullable(),
    kind: z.enum(COMMITMENT_KINDS),
    sector: z.string().nullable(),
    region: named,
    announcedOn: dateString,
    targetOn: dateString.nullable(),
    amount: z.number().nullable(),
    currency: z.string().nullable(),
    jobs: z.number().int().nullable(),
    status,
    progress: z.number().int(),
    version: z.number().int(),
    overdue: z.boolean(),
    stale: z.boolean(),
    evidenceCount: z.number().int(),
    latestEvidenceOn: dateString.nullable(),
    source: z
      .object({
        url: z.string(),
        title: z.string(),
        publisher: z.string().nullable(),
        publishedOn: dateString,
        eventOn: dateString.nullable(),
        language: z.string(),
        location: z.string().nullable(),
      })
      .nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: "Commitment" });

export const evidenceResponse = z
  .object({
    id: z.number().int(),
    url: z.string(),
    title: z.string(),
    publisher: z.string().nullable(),
    publishedOn: dateString,
    language: z.string(),
    stance: z.enum(EVIDENCE_STANCES),
    note: z.string().nullable(),
    archiveUrl: z.string().nullable(),
    addedAt: timestamp,
    addedBy: z.string().nullable(),
    version: z.number().int(),
    retracted: z.object({ at: timestamp, by: z.string().nullable(), reason: z.string().nullable() }).nullable(),
  })
  .meta({ id: "Evidence" });

export const evidenceWriteResponse = evidenceResponse
  .extend({
    suggestion: z.object({ status, evidenceId: z.number().int(), reason: z.string() }).nullable(),
  })
  .meta({ id: "EvidenceWrite", description: "The evidence written, and the status it now suggests, if any." });

const statusChange = z.object({
  from: status.nullable(),
  to: status,
  progress: z.number().int(),
  reason: z.string(),
  evidenceId: z.number().int().nullable(),
  effectiveOn: dateString,
  changedAt: timestamp,
  changedBy: z.string().nullable(),
});

const mention = z.object({
  id: z.number().int(),
  source: z.object({ id: z.number().int(), url: z.string(), title: z.string(), publishedOn: dateString }),
  quote: z.string().nullable(),
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  restatement: z.boolean(),
  changed: z.array(z.string()),
  kind: z.enum(COMMITMENT_KINDS).nullable(),
  amount: z.number().nullable(),
  currency: z.string().nullable(),
  jobs: z.number().int().nullable(),
  targetOn: z.string().nullable(),
  createdAt: timestamp,
});

export const commitmentDetailResponse = commitmentResponse
  .extend({ evidence: z.array(evidenceResponse), statusHistory: z.array(statusChange), mentions: z.array(mention) })
  .meta({ id: "CommitmentDetail" });

export const similarCommitment = z.object({
  id: z.number().int(),
  title: z.string(),
  announcedOn: dateString,
  status,
  maker: named,
  score: z.number(),
});

export const deletedResponse = z.object({ id: z.number().int(), deleted: z.literal(true) });
