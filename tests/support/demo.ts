import { eq } from "drizzle-orm";
import type { Database } from "../../db/client";
import { commitments, organizations } from "../../db/schema";

/** A commitment of the demo data made by BMW Brilliance (a subsidiary of BMW Group) in Liaoning. */
export async function brillianceCommitment(db: Database) {
  const [bba] = await db.select().from(organizations).where(eq(organizations.slug, "bmw-brilliance-automotive"));
  const [row] = await db.select().from(commitments).where(eq(commitments.makerId, bba!.id)).limit(1);
  return row!;
}
