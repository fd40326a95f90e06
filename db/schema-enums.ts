import { pgEnum } from "drizzle-orm/pg-core";
import {
  COMMITMENT_KINDS,
  COMMITMENT_STATUSES,
  EVIDENCE_STANCES,
  ORGANIZATION_KINDS,
  REGION_KINDS,
} from "./vocabulary";

// Vocabularies (CONTRACT.md), defined once in ./vocabulary, as the database's enum types.
export const organizationKind = pgEnum("organization_kind", ORGANIZATION_KINDS);
export const regionKind = pgEnum("region_kind", REGION_KINDS);
export const commitmentKind = pgEnum("commitment_kind", COMMITMENT_KINDS);
export const commitmentStatus = pgEnum("commitment_status", COMMITMENT_STATUSES);
export const evidenceStance = pgEnum("evidence_stance", EVIDENCE_STANCES);
