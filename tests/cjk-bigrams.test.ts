import { sql } from "drizzle-orm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { queryRows } from "../db/sql";
import { setupTestDatabase } from "./support/database";

const t = setupTestDatabase();

// Han characters at the edges of the indexed ranges and inside them, characters just outside them, and the
// rest of what statements mix in (Latin, digits, spaces, full-width punctuation, kana, Hangul, a character
// beyond the Basic Multilingual Plane).
const ALPHABET = ["沈", "阳", "宝", "马", "集", "团", "㐀", "䶿", "一", "鿿", "豈", "﫿", "㏿", "ꀀ", "𠀀"].concat([
  "a",
  "Z",
  "7",
  " ",
  "\n",
  "，",
  "。",
  "-",
  "ー",
  "한",
]);
const statementText = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }).map((chars) => chars.join(""));

/** Texts whose pairs differ from migration 0006's definition, which tested every position of the text. */
async function differingFromFirstDefinition(texts: string[]) {
  return queryRows<{ text: string }>(
    t.db,
    sql`select text from json_array_elements_text(${JSON.stringify(texts)}::json) as texts(text)
         where cjk_bigrams(text) is distinct from (
           select coalesce(array_agg(distinct pair), '{}')
             from (select substr(text, i, 2) as pair from generate_series(1, length(text) - 1) as i) pairs
            where pair ~ '^[㐀-䶿一-鿿豈-﫿]{2}$')`,
  );
}

describe("cjk_bigrams", () => {
  it("finds every pair of adjacent Han characters once, sorted", async () => {
    const [row] = await queryRows<{ pairs: string[]; none: string[] }>(
      t.db,
      sql`select cjk_bigrams('宝马集团 in 沈阳, 沈阳 again; 一') as pairs, cjk_bigrams('BMW Group') as none`,
    );
    expect(row!.pairs).toEqual(["宝马", "沈阳", "集团", "马集"]);
    expect(row!.none).toEqual([]);
  });

  it("answers exactly as its first definition did, for any text (so the index built on it stays valid)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(statementText, { minLength: 1, maxLength: 50 }), async (texts) => {
        expect(await differingFromFirstDefinition(texts)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
