import { defineConfig } from "drizzle-kit";

// Only used to generate migrations from db/schema.ts; migrations are applied by db/migrate.ts.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema.ts",
  out: "./db/migrations",
  strict: true,
  verbose: true,
});
