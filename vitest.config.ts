import path from "node:path";
import { defineConfig } from "vitest/config";

const onPostgres = Boolean(process.env.DATABASE_URL);

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
    },
  },
  test: {
    include: [
      "tests/**/*.test.{ts,tsx}",
      "lib/**/*.test.ts",
      "db/**/*.test.ts",
      "server/**/*.test.ts",
      "app/**/*.test.ts",
      "scripts/**/*.test.ts",
    ],
    environment: "node",
    globalSetup: ["tests/support/global-setup.ts"],
    // Each file gets its own PGlite copy of a migrated template, so files run in parallel. On a
    // PostgreSQL server they share one database and take turns, truncating between tests.
    fileParallelism: !onPostgres,
    pool: "forks",
    testTimeout: 30_000,
    // Sign-ins are many and quick in tests; tests/auth-rate-limit.test.ts turns the limiter back on.
    env: { AUTH_RATE_LIMIT: "off" },
    hookTimeout: 60_000,
  },
});
