// Runs once when the server starts, before it answers requests: open (and lock) the database, migrate
// it, and load the demo data into an empty one. A configuration problem stops the server with a clear
// message instead of failing on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { prepareDatabaseOrExit } = await import("./db/startup");
  await prepareDatabaseOrExit();
}
