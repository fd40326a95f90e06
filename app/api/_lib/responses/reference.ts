import { z } from "zod";
import { ORGANIZATION_KINDS, REGION_KINDS } from "@/db/vocabulary";
import { dateString, named } from "./common";

export const organizationResponse = z
  .object({
    slug: z.string(),
    name: z.string(),
    kind: z.enum(ORGANIZATION_KINDS),
    country: z.string().nullable(),
    parent: named.nullable(),
    aliases: z.array(z.string()),
    version: z.number().int(),
  })
  .meta({ id: "Organization" });

export const regionResponse = z
  .object({
    slug: z.string(),
    name: z.string(),
    kind: z.enum(REGION_KINDS),
    parent: named.nullable(),
    aliases: z.array(z.string()),
    version: z.number().int(),
  })
  .meta({ id: "Region" });

/** What a search of names answers: enough to pick one. */
export const nameMatch = named
  .extend({ parentName: z.string().nullable(), exact: z.boolean() })
  .meta({ id: "NameMatch" });

export const mergeMoved = z.object({
  moved: z.object({ commitments: z.number().int(), deleted: z.number().int(), children: z.number().int() }),
});

export const sourceResponse = z
  .object({
    id: z.number().int(),
    url: z.string(),
    title: z.string(),
    publisher: z.string().nullable(),
    publishedOn: dateString,
    eventOn: dateString.nullable(),
    language: z.string(),
    version: z.number().int(),
  })
  .meta({ id: "Source" });

export const sourceWithTextResponse = sourceResponse
  .extend({
    text: z.string().nullable(),
    textSha256: z.string().nullable(),
    textMatchesHash: z.boolean().nullable(),
    mentions: z.array(
      z.object({
        id: z.number().int(),
        commitment: z.object({ id: z.number().int(), title: z.string() }),
        start: z.number().int(),
        end: z.number().int(),
        quote: z.string(),
        restatement: z.boolean(),
      }),
    ),
  })
  .meta({ id: "SourceWithText" });

export const ratesResponse = z
  .object({
    reportingCurrency: z.string(),
    rates: z.array(z.object({ currency: z.string(), rate: z.number(), asOf: dateString })),
    asOf: dateString.nullable(),
  })
  .meta({ id: "Rates" });
