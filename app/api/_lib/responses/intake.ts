import { z } from "zod";
import { COMMITMENT_KINDS } from "@/db/vocabulary";
import { INTAKE_LANGUAGES } from "@/lib/intake/schemas";
import { commitmentDetailResponse } from "./commitments";
import { dateString, named } from "./common";
import { sourceWithTextResponse } from "./reference";

const candidate = z
  .object({
    quote: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    kind: z.enum(COMMITMENT_KINDS),
    maker: named.nullable(),
    makerText: z.string().nullable(),
    counterpart: named.nullable(),
    counterpartText: z.string().nullable(),
    region: named.nullable(),
    regionText: z.string().nullable(),
    sector: z.string().nullable(),
    amount: z.number().nullable(),
    currency: z.string().nullable(),
    jobs: z.number().int().nullable(),
    targetOn: z.string().nullable(),
    restates: z.array(z.object({ id: z.number().int(), title: z.string(), announcedOn: dateString })),
  })
  .meta({ id: "Candidate" });

export const extractResponse = z.object({ language: z.enum(INTAKE_LANGUAGES), candidates: z.array(candidate) });

export const acceptResponse = z.object({
  source: sourceWithTextResponse,
  commitments: z.array(commitmentDetailResponse),
});

export const convertResponse = z.object({
  text: z.string(),
  title: z.string().nullable(),
  format: z.enum(["txt", "html", "pdf"]),
  language: z.enum(INTAKE_LANGUAGES),
});
