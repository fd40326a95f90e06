import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The domain knows no HTTP and no UI: app/ and components/ depend on lib/, never the other way.
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/app/*", "**/app/*", "@/components/*", "**/components/*"],
              message: "lib/ must not depend on app/ or components/.",
            },
            {
              group: ["next", "next/*", "react", "react-dom", "react/*"],
              message: "lib/ holds no HTTP or UI code.",
            },
            { group: ["@/server/*", "**/server/*"], message: "lib/ must not depend on the HTTP server." },
          ],
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    ".data*/**",
    ".tmp/**",
    "test-results/**",
    "playwright-report/**",
    "db/migrations/**",
  ]),
]);
