/** The accounts the e2e server creates before it starts (scripts/e2e-server.ts). */
export const E2E_PASSWORD = "e2e test passphrase, long enough";

export const E2E_ACCOUNTS = {
  admin: { email: "admin@e2e.test", name: "Ada Admin" },
  editor: { email: "editor@e2e.test", name: "Eddie Editor" },
  viewer: { email: "viewer@e2e.test", name: "Vera Viewer" },
} as const;

export type E2ERole = keyof typeof E2E_ACCOUNTS;
