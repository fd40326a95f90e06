import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { slugify } from "../../db/slug";
import type { Reference } from "../../lib/intake/types";
import { COMMITMENT_KINDS, ORGANIZATION_KINDS, REGION_KINDS } from "../../lib/vocabulary";

// The evaluation set of statement intake (eval/intake): real statements, each labelled by hand with the
// sentences that state commitments, and the organizations and regions an analyst's tracker would know.

export const EVAL_DIR = path.resolve(import.meta.dirname, "../../eval/intake");

const labelSchema = z.object({
  quote: z.string().min(1),
  kind: z.enum(COMMITMENT_KINDS),
  maker: z.string(),
  counterpart: z.string().nullable(),
  region: z.string().nullable(),
  amount: z.number().nullable(),
  currency: z.string().nullable(),
  jobs: z.number().nullable(),
  targetOn: z.string().nullable(),
});
export type Label = z.infer<typeof labelSchema> & { start: number; end: number };

const statementSchema = z.object({
  id: z.string(),
  title: z.string(),
  url: z.string(),
  publisher: z.string(),
  publishedOn: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  language: z.enum(["en", "zh"]),
  genre: z.string(),
  split: z.enum(["tune", "test"]),
  commitments: z.array(labelSchema),
  notCommitments: z.array(z.string()).optional(),
});
export type Statement = Omit<z.infer<typeof statementSchema>, "commitments"> & {
  text: string;
  /** The statement's date as a full date (a year alone counts from its first day). */
  date: string;
  labels: Label[];
};

const referenceSchema = z.object({
  organizations: z.array(
    z.object({
      name: z.string(),
      kind: z.enum(ORGANIZATION_KINDS),
      aliases: z.array(z.string()),
      parent: z.string().nullable(),
    }),
  ),
  regions: z.array(
    z.object({
      name: z.string(),
      kind: z.enum(REGION_KINDS),
      aliases: z.array(z.string()),
      parent: z.string().nullable(),
    }),
  ),
});

export function loadReference(): Reference {
  const raw = referenceSchema.parse(JSON.parse(fs.readFileSync(path.join(EVAL_DIR, "reference.json"), "utf8")));
  return {
    organizations: raw.organizations.map((o) => ({
      ...o,
      slug: slugify(o.name),
      parent: o.parent && slugify(o.parent),
    })),
    regions: raw.regions.map((r) => ({ ...r, slug: slugify(r.name), parent: r.parent && slugify(r.parent) })),
  };
}

/** Every statement of the set, with each label's offsets in its text (a quote said twice counts from its first place). */
export function loadStatements(): Statement[] {
  const dir = path.join(EVAL_DIR, "statements");
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => {
      const raw = statementSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")));
      const text = fs.readFileSync(path.join(dir, file.replace(/\.json$/, ".txt")), "utf8");
      const labels = raw.commitments.map((label) => {
        const start = text.indexOf(label.quote);
        if (start === -1) throw new Error(`${raw.id}: a quote is not in the text: ${label.quote.slice(0, 60)}`);
        return { ...label, start, end: start + label.quote.length };
      });
      const date =
        raw.publishedOn.length === 4
          ? `${raw.publishedOn}-01-01`
          : raw.publishedOn.length === 7
            ? `${raw.publishedOn}-01`
            : raw.publishedOn;
      const { commitments: _labels, ...rest } = raw;
      return { ...rest, text, date, labels };
    });
}
