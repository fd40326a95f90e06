/** Account roles, weakest first: each can do everything the ones before it can. */
export const USER_ROLES = ["viewer", "editor", "admin"] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const ROLE_LABELS: Record<UserRole, string> = { viewer: "Viewer", editor: "Editor", admin: "Admin" };
export const ROLE_DESCRIPTIONS: Record<UserRole, string> = {
  viewer: "Reads everything",
  editor: "Also records and edits commitments, evidence, statuses, organizations, regions and sources",
  admin: "Also manages accounts, roles, API tokens and currency rates",
};

export function isUserRole(value: unknown): value is UserRole {
  return typeof value === "string" && (USER_ROLES as readonly string[]).includes(value);
}

/** Whether `role` is at least `required` (unknown roles count as none). */
export function hasRole(role: string | null | undefined, required: UserRole): boolean {
  if (!isUserRole(role)) return false;
  return USER_ROLES.indexOf(role) >= USER_ROLES.indexOf(required);
}
