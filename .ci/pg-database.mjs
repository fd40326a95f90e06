// Creates or drops a database on the PostgreSQL server named by an admin URL, or prints its URL.
// Usage: node .ci/pg-database.mjs create|drop|url <admin-url> <name>
import postgres from "postgres";

const [action, adminUrl, name] = process.argv.slice(2);
if (!["create", "drop", "url"].includes(action) || !adminUrl || !/^[a-z0-9_]+$/.test(name ?? "")) {
  console.error("usage: node .ci/pg-database.mjs create|drop|url <admin-url> <name: lower-case letters, digits, _>");
  process.exit(2);
}

if (action === "url") {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  console.log(url.toString());
  process.exit(0);
}

const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
try {
  if (action === "create") await sql.unsafe(`create database ${name}`);
  else await sql.unsafe(`drop database if exists ${name} with (force)`);
} catch (error) {
  console.error(`Could not ${action} database ${name} on ${adminUrl}: ${error.message}`);
  process.exitCode = 1;
} finally {
  await sql.end();
}
