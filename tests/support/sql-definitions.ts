import fs from "node:fs";
import path from "node:path";

// Reads the definitions of db/sql/*.sql, keyed as the tests key what the database reports. Comments and
// anything else between definitions are left out.

/** The lines of a definition without indentation or blank lines: all that may differ from what PostgreSQL prints. */
export function definitionLines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

/** A function's definition, line by line: its body is kept as written, so only indentation is ignored. */
export const functionText = (text: string): string => definitionLines(text).join("\n");

/** A trigger or index definition, which PostgreSQL prints on one line and the files may wrap at a space. */
export const oneLine = (text: string): string => definitionLines(text).join(" ");

function collect(file: string, pattern: RegExp, key: (match: RegExpMatchArray) => string): Map<string, string> {
  const text = fs.readFileSync(path.join("db", "sql", file), "utf8");
  const found = new Map<string, string>();
  for (const match of text.matchAll(pattern)) {
    const name = key(match);
    if (found.has(name)) throw new Error(`db/sql/${file} defines ${name} twice`);
    found.set(name, match[0].replace(/;$/, ""));
  }
  return found;
}

/** db/sql/functions.sql by function name. */
export const fileFunctions = () =>
  collect(
    "functions.sql",
    /^CREATE OR REPLACE FUNCTION public\.(\w+)\([\s\S]*?^AS \$function\$$[\s\S]*?^\$function\$/gm,
    (m) => m[1]!,
  );

/** db/sql/triggers.sql by "table.trigger". */
export const fileTriggers = () =>
  collect("triggers.sql", /^CREATE TRIGGER (\w+) [\s\S]*? ON public\.(\w+)\s[\s\S]*?;$/gm, (m) => `${m[2]}.${m[1]}`);

/** db/sql/indexes.sql by index name. */
export const fileIndexes = () => collect("indexes.sql", /^CREATE (?:UNIQUE )?INDEX (\w+) [\s\S]*?;$/gm, (m) => m[1]!);
