import { z } from "zod";
import { auditActorOf } from "@/lib/auth/actor";
import { todayIso } from "@/lib/dates";
import { acceptCandidates } from "@/lib/intake/accept";
import { readUploadedStatement } from "@/lib/intake/convert/upload";
import { MAX_INTAKE_BODY_BYTES, acceptSchema, extractSchema } from "@/lib/intake/schemas";
import { extractFromStatement } from "@/lib/intake/service";
import { operation } from "../operation";
import { acceptResponse, convertResponse, extractResponse } from "../responses/intake";
import { writer } from "../route";

const tag = "Statement intake";

const seedSentence =
  "BMW Group will expand production and R&D in Shenyang and accelerate its sixth-generation battery project.";

export const extractOp = operation({
  method: "POST",
  path: "/api/v1/intake/extract",
  id: "extractCandidates",
  tag,
  summary: "Find the candidate commitments in a statement",
  description: "Stores nothing. `start`/`end` are JavaScript string offsets: text.slice(start, end) === quote.",
  access: "editor",
  body: extractSchema,
  maxBodyBytes: MAX_INTAKE_BODY_BYTES,
  response: extractResponse,
  errors: ["payload_too_large"],
  examples: [{ name: "One sentence of the seed statement", body: { text: seedSentence, publishedOn: "2023-10-19" } }],
  run: async ({ db, body }) => extractFromStatement(db, body),
});

export const acceptOp = operation({
  method: "POST",
  path: "/api/v1/intake/accept",
  id: "acceptCandidates",
  tag,
  summary: "Store a statement and the commitments accepted from it",
  description:
    "All or nothing: the source with its full text, and for each item a new commitment quoting text.slice(start, end), or (with `restates`) a new mention of an existing one.",
  access: "editor",
  body: acceptSchema,
  maxBodyBytes: MAX_INTAKE_BODY_BYTES,
  status: 201,
  response: acceptResponse,
  errors: ["conflict", "payload_too_large"],
  examples: [
    {
      name: "One accepted sentence",
      body: {
        source: {
          url: "https://example.com/statements/bmw-shenyang",
          title: "BMW in Shenyang",
          publishedOn: "2023-10-19",
          text: seedSentence,
        },
        accept: [
          {
            start: 0,
            end: seedSentence.length,
            title: "Expand production and R&D in Shenyang",
            kind: "pledge",
            maker: "BMW Group",
            region: "Shenyang",
          },
        ],
      },
    },
  ],
  run: async ({ db, body, actor }) => acceptCandidates(db, body, auditActorOf(writer(actor)), todayIso()),
});

export const convertOp = operation({
  method: "POST",
  path: "/api/v1/intake/convert",
  id: "convertStatement",
  tag,
  summary: "Read an uploaded statement (.txt, .html or .pdf) as text",
  description: "multipart/form-data with a `file`; stores nothing. HTML is reduced to its readable text.",
  access: "editor",
  body: z.object({ file: z.unknown().meta({ description: "The file.", format: "binary" }) }),
  bodyMode: "multipart",
  maxBodyBytes: 20 * 1024 * 1024,
  response: convertResponse,
  errors: ["payload_too_large"],
  run: async ({ body }) => readUploadedStatement(body.file),
});
