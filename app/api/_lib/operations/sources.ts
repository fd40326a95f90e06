import { auditActorOf } from "@/lib/auth/actor";
import { sourceInputSchema, sourceUpdateSchema } from "@/lib/commitments/schemas";
import { notFound } from "@/lib/errors";
import { createSource, updateSource } from "@/lib/sources/mutations";
import { searchSources } from "@/lib/sources/queries";
import { getSourceWithText } from "@/lib/sources/text";
import { operation } from "../operation";
import { idParams } from "../params";
import { listOf } from "../responses/common";
import { sourceResponse, sourceWithTextResponse } from "../responses/reference";
import { writer } from "../route";
import { searchQuery } from "../search-query";

const tag = "Sources";

export const listSourcesOp = operation({
  method: "GET",
  path: "/api/v1/sources",
  id: "listSources",
  tag,
  summary: "The statements commitments are recorded from, newest first",
  description: "`q` searches title, publisher and address.",
  access: "read",
  query: searchQuery,
  response: listOf(sourceResponse),
  examples: [{ name: "Newest" }],
  run: async ({ db, query }) => ({ data: await searchSources(db, query.q, query.limit) }),
});

export const createSourceOp = operation({
  method: "POST",
  path: "/api/v1/sources",
  id: "createSource",
  tag,
  summary: "Add a source",
  access: "editor",
  body: sourceInputSchema,
  status: 201,
  response: sourceResponse,
  errors: ["conflict"],
  examples: [
    {
      name: "A press release",
      body: { url: "https://example.com/press/new-plant", title: "New plant announced", publishedOn: "2024-05-02" },
    },
  ],
  run: async ({ db, body, actor }) => createSource(db, body, auditActorOf(writer(actor))),
});

export const getSourceOp = operation({
  method: "GET",
  path: "/api/v1/sources/{id}",
  id: "getSource",
  tag,
  summary: "A source with its stored text and the quotes taken from it",
  description: "`textSha256` is the hex SHA-256 of the text; `textMatchesHash` says whether it still matches.",
  access: "read",
  params: idParams,
  response: sourceWithTextResponse,
  examples: [{ name: "The first source", params: { id: "1" } }],
  run: async ({ db, params }) => {
    const source = await getSourceWithText(db, params.id);
    if (!source) throw notFound(`There is no source ${params.id}.`);
    return source;
  },
});

export const updateSourceOp = operation({
  method: "PATCH",
  path: "/api/v1/sources/{id}",
  id: "updateSource",
  tag,
  summary: "Correct a source's details",
  access: "editor",
  params: idParams,
  body: sourceUpdateSchema,
  response: sourceResponse,
  errors: ["conflict"],
  run: async ({ db, params, body, actor }) => updateSource(db, params.id, body, auditActorOf(writer(actor))),
});
