/** The accounts the e2e server creates before it starts (scripts/e2e-server.ts). */
export const E2E_PASSWORD = "e2e test passphrase, long enough";

export const E2E_ACCOUNTS = {
  admin: { email: "admin@e2e.test", name: "Ada Admin", role: "admin" },
  editor: { email: "editor@e2e.test", name: "Eddie Editor", role: "editor" },
  viewer: { email: "viewer@e2e.test", name: "Vera Viewer", role: "viewer" },
  // A second editor, who follows things in the inbox test while the first one records.
  analyst: { email: "analyst@e2e.test", name: "Ana Analyst", role: "editor" },
} as const;

export type E2ERole = keyof typeof E2E_ACCOUNTS;
