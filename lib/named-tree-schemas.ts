import { z } from "zod";
import { aliasesField, countryField, referenceField, requiredText, versionField } from "@/lib/validation";
import { ORGANIZATION_KINDS, REGION_KINDS } from "@/lib/vocabulary";

const parentField = referenceField.nullish().transform((v) => v ?? null);

/** POST /api/v1/organizations (CONTRACT.md). */
export const createOrganizationSchema = z
  .object({
    name: requiredText(200),
    kind: z.enum(ORGANIZATION_KINDS, { error: `must be one of: ${ORGANIZATION_KINDS.join(", ")}` }),
    country: countryField,
    parent: parentField,
    aliases: aliasesField.optional().transform((v) => v ?? []),
  })
  .strict();
export type CreateOrganizationInput = z.output<typeof createOrganizationSchema>;

export const updateOrganizationSchema = createOrganizationSchema.partial().extend({ version: versionField }).strict();
export type UpdateOrganizationInput = z.output<typeof updateOrganizationSchema>;

/** POST /api/v1/regions (CONTRACT.md); aliases are ours (names in other languages, e.g. 辽宁). */
export const createRegionSchema = z
  .object({
    name: requiredText(200),
    kind: z.enum(REGION_KINDS, { error: `must be one of: ${REGION_KINDS.join(", ")}` }),
    parent: parentField,
    aliases: aliasesField.optional().transform((v) => v ?? []),
  })
  .strict();
export type CreateRegionInput = z.output<typeof createRegionSchema>;

export const updateRegionSchema = createRegionSchema.partial().extend({ version: versionField }).strict();
export type UpdateRegionInput = z.output<typeof updateRegionSchema>;

/** POST /api/v1/organizations/{slug}/merge and /api/v1/regions/{slug}/merge (CONTRACT.md). */
export const mergeSchema = z.object({ into: referenceField }).strict();
