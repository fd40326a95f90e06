// Runs once when the server starts, before it answers requests: open (and lock) the database, migrate
// it, load the demo data into an empty one, and create the first admin. A configuration problem stops
// the server with a clear message instead of failing on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { prepareAppOrExit } = await import("./server/startup");
  await prepareAppOrExit();
}
