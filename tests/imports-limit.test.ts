import { describe, expect, it, vi } from "vitest";
import { imports } from "../db/schema";
import { sessionHeaders } from "./support/auth";
import { setupTestDatabase } from "./support/database";
import { upload } from "./support/imports";

// IMPORT_MAX_BYTES is read once, when the import modules load: set it before they do.
vi.hoisted(() => {
  process.env.IMPORT_MAX_BYTES = "2000";
});

const t = setupTestDatabase();

describe("the import size limit", () => {
  it("refuses a file over IMPORT_MAX_BYTES with 413, naming the limit, and writes nothing", async () => {
    const editor = await sessionHeaders(t.db, "editor");
    const header = "external_id,title,maker,kind,region,announced_on\r\n";
    const rows = Array.from({ length: 60 }, (_, i) => `big-${i},A commitment,BMW Group,pledge,Shenyang,2024-01-01`);
    const answer = await upload(editor, "big.csv", header + rows.join("\r\n"));
    expect(answer.status).toBe(413);
    expect(answer.body.error.message).toMatch(/larger than 2,000 bytes/);
    expect(await t.db.$count(imports)).toBe(0);
  });
});
