import { describe, expect, it } from "vitest";
import { csvCell, csvLine } from "./csv";

describe("CSV cells", () => {
  it("quotes commas, quotes and line breaks", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('say "hi", twice')).toBe('"say ""hi"", twice"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
  });

  it("writes numbers, booleans and empty values plainly", () => {
    expect(csvLine([1, 2.5, true, null, ""])).toBe("1,2.5,true,,\r\n");
  });

  it("keeps Chinese and German text as is", () => {
    expect(csvCell("华晨宝马 · Straße")).toBe("华晨宝马 · Straße");
  });

  it("defuses text that a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell("+1 more")).toBe("'+1 more");
    expect(csvCell("@admin")).toBe("'@admin");
    expect(csvCell("-")).toBe("'-");
  });
});
