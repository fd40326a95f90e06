import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/app/api/_lib/openapi";
import { operations } from "@/app/api/_lib/operations";

describe("the OpenAPI document", () => {
  const document = openApiDocument(operations, "test");

  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    const broken = { ...document, paths: { "/x": { get: { responses: { 200: { content: 1 } } } } } };
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });

  it("covers every declared operation, once", () => {
    const documented = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(documented.sort()).toEqual(operations.map((op) => `${op.method} ${op.path}`).sort());
  });
});
