import { type ParsedMail, simpleParser } from "mailparser";
import fs from "node:fs";
import path from "node:path";

/** Where the e2e server's SMTP server (scripts/e2e-server.ts) keeps what the app sends, one .eml file each. */
export const E2E_MAIL_DIR = path.resolve(process.env.E2E_MAIL_DIR ?? ".data-e2e-mail");

/** Every message received so far, parsed. */
export async function receivedMail(): Promise<ParsedMail[]> {
  if (!fs.existsSync(E2E_MAIL_DIR)) return [];
  const files = fs.readdirSync(E2E_MAIL_DIR).filter((f) => f.endsWith(".eml"));
  return Promise.all(files.sort().map((f) => simpleParser(fs.readFileSync(path.join(E2E_MAIL_DIR, f)))));
}
