// Runs the app's HTTP server (server/serve.ts) on PORT: `node --import tsx server/main.ts`. `npm start`
// imports this after its own checks and build; the browser tests start it directly.
// Before Next.js and better-auth load: both read it once.
(process.env as Record<string, string>).NODE_ENV = "production";
const port = Number(process.env.PORT || 3000);
const { serve } = await import("./serve");
try {
  await serve({ port });
} catch (error) {
  console.error(`\nError: ${(error as Error).message}\n`);
  process.exit(1);
}

export {};
