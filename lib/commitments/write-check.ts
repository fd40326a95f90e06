import "server-only";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { commitments, organizations, regions } from "@/db/schema";
import { DomainError, invalid } from "@/lib/errors";
import type { NamedTreeTable } from "@/lib/named-tree";
import { resolveOneId } from "@/lib/named-tree-write";
import {
  type CreateCommitmentInput,
  type UpdateCommitmentInput,
  checkCommitmentBody,
  createCommitmentSchema,
  updateCommitmentSchema,
} from "./schemas";

const REFERENCES: { field: "maker" | "counterpart" | "region"; table: NamedTreeTable; noun: string }[] = [
  { field: "maker", table: organizations, noun: "organization" },
  { field: "counterpart", table: organizations, noun: "organization" },
  { field: "region", table: regions, noun: "region" },
];

/** Adds a message for each organization or region the body names that is unknown or ambiguous. */
async function addReferenceErrors(db: Database, data: unknown, fields: Record<string, string>): Promise<void> {
  const body = data !== null && typeof data === "object" ? (data as Record<string, unknown>) : {};
  for (const { field, table, noun } of REFERENCES) {
    const ref = body[field];
    if (fields[field] || typeof ref !== "string" || !ref.trim()) continue;
    try {
      await resolveOneId(db, table, ref.trim(), { field, noun });
    } catch (error) {
      if (!(error instanceof DomainError) || !error.fields) throw error;
      Object.assign(fields, error.fields);
    }
  }
}

/**
 * A new commitment's body checked in one round: every field's own rules, the rules across fields, and the
 * names of its maker, counterpart and region; a 400 with a message for every problem at once.
 */
export async function checkNewCommitment(db: Database, data: unknown, today: string): Promise<CreateCommitmentInput> {
  const checked = checkCommitmentBody(createCommitmentSchema, data, today);
  const fields = checked.ok ? {} : { ...checked.fields };
  await addReferenceErrors(db, data, fields);
  if (!checked.ok || Object.keys(fields).length > 0) throw invalid("Some fields are invalid.", fields);
  return checked.value;
}

/** An edit's body checked in one round, against the stored commitment for the fields it leaves out. */
export async function checkCommitmentEdit(
  db: Database,
  id: number,
  data: unknown,
  today: string,
): Promise<UpdateCommitmentInput> {
  const [stored] = await db
    .select({
      announcedOn: commitments.announcedOn,
      targetOn: commitments.targetOn,
      amount: commitments.amount,
      currency: commitments.currency,
    })
    .from(commitments)
    .where(eq(commitments.id, id));
  if (!stored) throw new DomainError("not_found", `There is no commitment ${id}.`);
  const checked = checkCommitmentBody(updateCommitmentSchema, data, today, {
    ...stored,
    amount: stored.amount === null ? null : Number(stored.amount),
  });
  const fields = checked.ok ? {} : { ...checked.fields };
  await addReferenceErrors(db, data, fields);
  if (!checked.ok || Object.keys(fields).length > 0) throw invalid("Some fields are invalid.", fields);
  return checked.value;
}
