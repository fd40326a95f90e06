import { describe, expect, it } from "vitest";
import { indefiniteArticle, withArticle } from "./article";

describe("indefinite article", () => {
  it("is 'an' before a vowel sound and 'a' before a consonant sound", () => {
    expect(withArticle("editor")).toBe("an editor");
    expect(withArticle("admin")).toBe("an admin");
    expect(withArticle("organization")).toBe("an organization");
    expect(withArticle("engine plant")).toBe("an engine plant");
    expect(withArticle("viewer")).toBe("a viewer");
    expect(withArticle("region")).toBe("a region");
    expect(indefiniteArticle("user")).toBe("a");
    expect(indefiniteArticle("university campus")).toBe("a");
    expect(indefiniteArticle("European plant")).toBe("a");
    expect(indefiniteArticle("hour")).toBe("an");
    expect(indefiniteArticle("Offshore wind farm")).toBe("an");
  });
});
