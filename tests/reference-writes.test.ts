import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { PATCH as patchOrganization } from "../app/api/v1/organizations/[slug]/route";
import { GET as getOrganizations, POST as postOrganization } from "../app/api/v1/organizations/route";
import { PATCH as patchRegion } from "../app/api/v1/regions/[slug]/route";
import { POST as postRegion } from "../app/api/v1/regions/route";
import { POST as postSource } from "../app/api/v1/sources/route";
import { auditLog } from "../db/schema";
import { seedDemoData } from "../db/seed/load";
import { DEFAULT_LIST_PARAMS } from "../lib/commitments/list-spec";
import { listCommitments } from "../lib/commitments/queries";
import { canonicalOrganizationSlug } from "../lib/organizations/queries";
import { canonicalRegionSlug } from "../lib/regions/queries";
import { sessionHeaders } from "./support/auth";
import { setupTestDatabase } from "./support/database";
import { call, send } from "./support/http";

const t = setupTestDatabase();
let editor: Record<string, string>;
beforeEach(async () => {
  await seedDemoData(t.db);
  editor = await sessionHeaders(t.db, "editor");
});

describe("organizations", () => {
  it("are created with a slug from the name, a parent by alias, and aliases in any language", async () => {
    const { status, body } = await send(
      postOrganization,
      "POST",
      "/api/v1/organizations",
      {
        name: "BMW Brilliance Battery Co.",
        kind: "joint_venture",
        country: "cn",
        parent: "BBA",
        aliases: ["华晨宝马电池", "BBA Battery", "BBA Battery"],
      },
      { headers: editor },
    );
    expect(status).toBe(201);
    expect(body).toEqual({
      slug: "bmw-brilliance-battery-co",
      name: "BMW Brilliance Battery Co.",
      kind: "joint_venture",
      country: "CN",
      parent: { slug: "bmw-brilliance-automotive", name: "BMW Brilliance Automotive" },
      aliases: ["华晨宝马电池", "BBA Battery"],
      version: 1,
    });
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.entityType, "organization"));
    expect(entry).toMatchObject({ action: "create", entityId: "bmw-brilliance-battery-co" });
  });

  it("refuse a name that is taken, an unknown parent, a bad country and unknown fields", async () => {
    const taken = await send(
      postOrganization,
      "POST",
      "/api/v1/organizations",
      { name: "bmw group", kind: "company" },
      { headers: editor },
    );
    expect(taken.status).toBe(409);
    // A different name whose slug another organization has: refused in words with the right article.
    const sameSlug = await send(
      postOrganization,
      "POST",
      "/api/v1/organizations",
      { name: "BMW Group!", kind: "company" },
      { headers: editor },
    );
    expect(sameSlug.status).toBe(409);
    expect(sameSlug.body.error.message).toBe("There is already an organization called “BMW Group”.");
    const bad = await send(
      postOrganization,
      "POST",
      "/api/v1/organizations",
      { name: "X", kind: "firm", country: "Germany", parent: "nobody", logo: "x" },
      { headers: editor },
    );
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(["country", "kind", "logo"]);
    const unknownParent = await send(
      postOrganization,
      "POST",
      "/api/v1/organizations",
      { name: "X", kind: "company", parent: "nobody" },
      { headers: editor },
    );
    expect(unknownParent.body.error.fields.parent).toMatch(/no organization is named "nobody"/);
  });

  it("refuse a name or alias another organization goes by, in any case or script, naming it", async () => {
    const create = (body: Record<string, unknown>) =>
      send(postOrganization, "POST", "/api/v1/organizations", { kind: "company", ...body }, { headers: editor });
    for (const name of ["宝马", "寶馬", "bba", "Siemens group"]) {
      const { status, body } = await create({ name });
      expect(status, name).toBe(409);
      expect(body.error.details.existing).toBe(
        name === "bba" ? "bmw-brilliance-automotive" : name.startsWith("S") ? "siemens" : "bmw-group",
      );
    }
    const byAlias = await create({ name: "Munich Motor Works", aliases: ["BMW AG"] });
    expect(byAlias.status).toBe(409);
    expect(byAlias.body.error).toMatchObject({
      fields: { aliases: expect.any(String) },
      details: { existing: "bmw-group" },
    });
    const slug = await create({ name: "BMW Group" });
    expect(slug.body.error.details.existing).toBe("bmw-group");
    const added = await send(
      patchOrganization,
      "PATCH",
      "/api/v1/organizations/siemens",
      { aliases: ["Siemens AG", "西门子", "宝马集团"], version: 1 },
      { headers: editor, params: { slug: "siemens" } },
    );
    expect(added.status).toBe(409);
    expect(added.body.error.details.existing).toBe("bmw-group");
    const own = await send(
      patchOrganization,
      "PATCH",
      "/api/v1/organizations/siemens",
      { aliases: ["Siemens AG", "Siemens Group", "西门子", "西门子集团", "SIEMENS AKTIENGESELLSCHAFT"], version: 1 },
      { headers: editor, params: { slug: "siemens" } },
    );
    expect(own.status).toBe(200);
  });

  it("are found by any name in either script, an exact one first and marked", async () => {
    const { body } = await call(getOrganizations, `/api/v1/organizations?q=${encodeURIComponent("寶馬")}`, {
      init: { headers: editor },
    });
    expect(body.data[0]).toMatchObject({ slug: "bmw-group", exact: true });
    expect(body.data.slice(1).every((o: { exact: boolean }) => !o.exact)).toBe(true);
    const partial = await call(getOrganizations, "/api/v1/organizations?q=brill", { init: { headers: editor } });
    expect(partial.body.data).toEqual([expect.objectContaining({ slug: "bmw-brilliance-automotive", exact: false })]);
  });

  it("refuse a parent below the organization itself", async () => {
    const cycle = await send(
      patchOrganization,
      "PATCH",
      "/api/v1/organizations/bmw-group",
      { parent: "bmw-brilliance-automotive", version: 1 },
      {
        headers: editor,
        params: { slug: "bmw-group" },
      },
    );
    expect(cycle.status).toBe(400);
    expect(cycle.body.error.fields.parent).toMatch(/cannot be this organization or one below it/);
  });

  it("keep working under their old name after a rename", async () => {
    const renamed = await send(
      patchOrganization,
      "PATCH",
      "/api/v1/organizations/siemens",
      { name: "Siemens AG Group", version: 1 },
      {
        headers: editor,
        params: { slug: "siemens" },
      },
    );
    expect(renamed.body).toMatchObject({
      slug: "siemens-ag-group",
      aliases: expect.arrayContaining(["Siemens"]),
      version: 2,
    });
    // One shape for an organization: what a write answers is what the list shows.
    const listed = await call(getOrganizations, "/api/v1/organizations");
    expect(listed.body.data).toContainEqual(renamed.body);
    const byOldName = await listCommitments(t.db, { ...DEFAULT_LIST_PARAMS, company: "siemens" });
    expect(byOldName.total).toBe(3);
    // The company page at the old address redirects to the new slug.
    expect(await canonicalOrganizationSlug(t.db, "siemens")).toBe("siemens-ag-group");
    expect(await canonicalOrganizationSlug(t.db, "Siemens AG Group")).toBe("siemens-ag-group");
    expect(await canonicalOrganizationSlug(t.db, "no-such-company")).toBeNull();
    const stale = await send(
      patchOrganization,
      "PATCH",
      "/api/v1/organizations/siemens-ag-group",
      { kind: "agency", version: 1 },
      {
        headers: editor,
        params: { slug: "siemens-ag-group" },
      },
    );
    expect(stale.status).toBe(409);
  });
});

describe("regions", () => {
  it("refuse a name another region goes by, in either script", async () => {
    const { status, body } = await send(
      postRegion,
      "POST",
      "/api/v1/regions",
      { name: "瀋陽", kind: "city", parent: "liaoning" },
      { headers: editor },
    );
    expect(status).toBe(409);
    expect(body.error.details.existing).toBe("shenyang");
  });

  it("are created under a parent named by alias, and a new city counts under its province", async () => {
    const { status, body } = await send(
      postRegion,
      "POST",
      "/api/v1/regions",
      { name: "Tieling", kind: "city", parent: "辽宁", aliases: ["铁岭"] },
      { headers: editor },
    );
    expect(status).toBe(201);
    expect(body.parent).toEqual({ slug: "liaoning", name: "Liaoning" });
    const edited = await send(
      patchRegion,
      "PATCH",
      "/api/v1/regions/tieling",
      { kind: "zone", version: 1 },
      { headers: editor, params: { slug: "tieling" } },
    );
    expect(edited.body).toMatchObject({ kind: "zone", version: 2 });
    // A region page addressed by an alias in any script redirects to the slug.
    expect(await canonicalRegionSlug(t.db, "铁岭")).toBe("tieling");
    expect(await canonicalRegionSlug(t.db, "辽宁")).toBe("liaoning");
    expect(await canonicalRegionSlug(t.db, "atlantis")).toBeNull();
  });

  it("refuse a cycle and a missing kind", async () => {
    const cycle = await send(
      patchRegion,
      "PATCH",
      "/api/v1/regions/china",
      { parent: "shenyang", version: 1 },
      { headers: editor, params: { slug: "china" } },
    );
    expect(cycle.body.error.fields.parent).toMatch(/below it/);
    const noKind = await send(postRegion, "POST", "/api/v1/regions", { name: "Fushun" }, { headers: editor });
    expect(noKind.body.error.fields.kind).toBeDefined();
  });
});

describe("sources", () => {
  it("are created once per address", async () => {
    const source = {
      url: "https://www.gov.cn/news/1.html",
      title: "State Council notice",
      publishedOn: "2024-03-01",
      language: "zh",
    };
    expect((await send(postSource, "POST", "/api/v1/sources", source, { headers: editor })).status).toBe(201);
    const again = await send(
      postSource,
      "POST",
      "/api/v1/sources",
      { ...source, url: "https://WWW.gov.cn/news/1.html#top" },
      { headers: editor },
    );
    expect(again.status).toBe(409);
    expect(again.body.error.details.existing.title).toBe("State Council notice");
  });

  it("tell exactly one of many simultaneous creators of one address that it was created", async () => {
    const source = { url: "https://www.gov.cn/news/race.html", title: "Raced", publishedOn: "2024-03-01" };
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => send(postSource, "POST", "/api/v1/sources", source, { headers: editor })),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([201, ...Array(19).fill(409)]);
    const created = answers.find((a) => a.status === 201)!.body;
    for (const refused of answers.filter((a) => a.status === 409)) {
      expect(refused.body.error.details.existing.id).toBe(created.id);
    }
    const audited = await t.db.select().from(auditLog).where(eq(auditLog.entityType, "source"));
    expect(audited.filter((e) => e.action === "create" && e.entityId === String(created.id))).toHaveLength(1);
  });
});
