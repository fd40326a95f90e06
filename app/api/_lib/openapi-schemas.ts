import { z } from "zod";
import type { Operation } from "./operation";
import { errorResponse } from "./responses/common";

type JsonSchema = Record<string, unknown>;
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** Names every schema of the declared operations once, so the document refers to each by its id. */
function registryOf(operations: Operation[], part: "response" | "body") {
  const registry = z.registry<{ id: string }>();
  const ids = new Map<z.ZodType, string>();
  const add = (schema: z.ZodType, fallback: string) => {
    if (ids.has(schema)) return;
    const id = (z.globalRegistry.get(schema)?.id as string | undefined) ?? fallback;
    registry.add(schema, { id });
    ids.set(schema, id);
  };
  if (part === "response") add(errorResponse, "Error");
  for (const op of operations) {
    const schema = op[part];
    if (schema) add(schema, `${op.id[0]!.toUpperCase()}${op.id.slice(1)}${part === "body" ? "Body" : "Response"}`);
  }
  return { registry, ids };
}

/**
 * The JSON Schemas (2020-12, as OpenAPI 3.1 reads them) of every response and body, and the component id
 * of each operation's: responses as the service writes them, bodies as a client sends them.
 */
export function componentSchemas(operations: Operation[]) {
  const uri = (id: string) => `#/components/schemas/${id}`;
  const responses = registryOf(operations, "response");
  const bodies = registryOf(operations, "body");
  const convert = (registry: z.core.$ZodRegistry<{ id: string }>, io: "input" | "output") =>
    z.toJSONSchema(registry, { uri, io, unrepresentable: "any" }).schemas as Record<string, JsonSchema>;
  const schemas = { ...convert(responses.registry, "output"), ...convert(bodies.registry, "input") };
  for (const schema of Object.values(schemas)) delete schema.$schema;
  return {
    schemas,
    responseRef: (op: Operation) => ref(responses.ids.get(op.response)!),
    bodyRef: (op: Operation) => (op.body ? ref(bodies.ids.get(op.body)!) : undefined),
    errorRef: ref("Error"),
  };
}

/** The parameters of a path or a query: one entry per property of the schema (as a client sends it). */
export function parametersOf(schema: z.ZodType | undefined, location: "path" | "query") {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, examples, ...rest } = property as { description?: string; examples?: unknown[] };
    return {
      name,
      in: location,
      required: location === "path" || (json.required ?? []).includes(name),
      ...(description ? { description } : {}),
      ...(examples?.length ? { example: examples[0] } : {}),
      schema: rest,
    };
  });
}
