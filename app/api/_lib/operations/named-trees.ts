import { z } from "zod";
import { auditActorOf } from "@/lib/auth/actor";
import { mergeNamed } from "@/lib/named-tree-merge";
import {
  createOrganizationSchema,
  createRegionSchema,
  mergeSchema,
  updateOrganizationSchema,
  updateRegionSchema,
} from "@/lib/named-tree-schemas";
import { createOrganization, updateOrganization } from "@/lib/organizations/mutations";
import { listOrganizations, organizationById, searchOrganizations } from "@/lib/organizations/queries";
import { createRegion, updateRegion } from "@/lib/regions/mutations";
import { listRegions, regionById, searchRegions } from "@/lib/regions/queries";
import { operation } from "../operation";
import { slugParams } from "../params";
import { listOf } from "../responses/common";
import { mergeMoved, nameMatch, organizationResponse, regionResponse } from "../responses/reference";
import { writer } from "../route";
import { searchQuery } from "../search-query";

export const listOrganizationsOp = operation({
  method: "GET",
  path: "/api/v1/organizations",
  id: "listOrganizations",
  tag: "Organizations",
  summary: "All organizations, or those whose name, slug or alias contains q",
  access: "read",
  query: searchQuery,
  response: listOf(z.union([organizationResponse, nameMatch])),
  examples: [{ name: "Everything" }, { name: "Names with bmw", query: { q: "bmw" } }],
  run: async ({ db, query }) => ({
    data: query.q ? await searchOrganizations(db, query.q, query.limit) : await listOrganizations(db),
  }),
});

export const createOrganizationOp = operation({
  method: "POST",
  path: "/api/v1/organizations",
  id: "createOrganization",
  tag: "Organizations",
  summary: "Add an organization",
  description: "A name that is already another organization's name or alias is a 409 with `details.existing`.",
  access: "editor",
  body: createOrganizationSchema,
  status: 201,
  response: organizationResponse,
  errors: ["conflict"],
  examples: [{ name: "A company", body: { name: "Brilliance Auto Group", kind: "company", country: "CN" } }],
  run: async ({ db, body, actor }) => createOrganization(db, body, auditActorOf(writer(actor))),
});

export const updateOrganizationOp = operation({
  method: "PATCH",
  path: "/api/v1/organizations/{slug}",
  id: "updateOrganization",
  tag: "Organizations",
  summary: "Edit an organization",
  description: "The body carries the `version` it was based on. A rename keeps the old name as an alias.",
  access: "editor",
  params: slugParams,
  body: updateOrganizationSchema,
  response: organizationResponse,
  errors: ["conflict"],
  run: async ({ db, params, body, actor }) => updateOrganization(db, params.slug, body, auditActorOf(writer(actor))),
});

export const mergeOrganizationOp = operation({
  method: "POST",
  path: "/api/v1/organizations/{slug}/merge",
  id: "mergeOrganization",
  tag: "Organizations",
  summary: "Merge an organization into another",
  description: "Its names become aliases of `into`; everything that pointed to it moves.",
  access: "editor",
  params: slugParams,
  body: mergeSchema,
  response: organizationResponse.extend(mergeMoved.shape),
  run: async ({ db, params, body, actor }) => {
    const { intoId, moved } = await mergeNamed(db, "organization", params.slug, body.into, auditActorOf(writer(actor)));
    return { ...(await organizationById(db, intoId)), moved };
  },
});

export const listRegionsOp = operation({
  method: "GET",
  path: "/api/v1/regions",
  id: "listRegions",
  tag: "Regions",
  summary: "All regions, or those whose name, slug or alias contains q",
  access: "read",
  query: searchQuery,
  response: listOf(z.union([regionResponse, nameMatch])),
  examples: [{ name: "Everything" }, { name: "Names with 沈阳", query: { q: "沈阳" } }],
  run: async ({ db, query }) => ({
    data: query.q ? await searchRegions(db, query.q, query.limit) : await listRegions(db),
  }),
});

export const createRegionOp = operation({
  method: "POST",
  path: "/api/v1/regions",
  id: "createRegion",
  tag: "Regions",
  summary: "Add a region",
  access: "editor",
  body: createRegionSchema,
  status: 201,
  response: regionResponse,
  errors: ["conflict"],
  examples: [{ name: "A city", body: { name: "Tiexi District", kind: "zone", parent: "Shenyang" } }],
  run: async ({ db, body, actor }) => createRegion(db, body, auditActorOf(writer(actor))),
});

export const updateRegionOp = operation({
  method: "PATCH",
  path: "/api/v1/regions/{slug}",
  id: "updateRegion",
  tag: "Regions",
  summary: "Edit a region",
  description: "The body carries the `version` it was based on. A rename keeps the old name as an alias.",
  access: "editor",
  params: slugParams,
  body: updateRegionSchema,
  response: regionResponse,
  errors: ["conflict"],
  run: async ({ db, params, body, actor }) => updateRegion(db, params.slug, body, auditActorOf(writer(actor))),
});

export const mergeRegionOp = operation({
  method: "POST",
  path: "/api/v1/regions/{slug}/merge",
  id: "mergeRegion",
  tag: "Regions",
  summary: "Merge a region into another",
  description: "Its names become aliases of `into`; everything that pointed to it moves.",
  access: "editor",
  params: slugParams,
  body: mergeSchema,
  response: regionResponse.extend(mergeMoved.shape),
  run: async ({ db, params, body, actor }) => {
    const { intoId, moved } = await mergeNamed(db, "region", params.slug, body.into, auditActorOf(writer(actor)));
    return { ...(await regionById(db, intoId)), moved };
  },
});
