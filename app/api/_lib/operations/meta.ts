import { z } from "zod";
import packageJson from "@/package.json";
import { operation } from "../operation";

export const openApiOp = operation({
  method: "GET",
  path: "/api/v1/openapi.json",
  id: "getOpenApiDocument",
  tag: "About the API",
  summary: "This document: the OpenAPI 3.1 description of every operation",
  access: "read",
  response: z.looseObject({ openapi: z.string(), info: z.looseObject({}), paths: z.looseObject({}) }),
  examples: [{ name: "The document" }],
  run: async () => {
    // Imported when asked for, since the list of operations includes this one.
    const [{ operations }, { openApiDocument }] = await Promise.all([import("./index"), import("../openapi")]);
    return openApiDocument(operations, packageJson.version);
  },
});
