import fs from "node:fs";
import { describe, expect, it } from "vitest";

const readme = fs.readFileSync("README.md", "utf8");
const images = [...readme.matchAll(/!\[([^\]]*)\]\(([^)]+)\)/g)].map((m) => ({ alt: m[1]!, path: m[2]! }));

/** Width and height from a PNG's header. */
function pngSize(path: string) {
  const bytes = fs.readFileSync(path);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("README screenshots", () => {
  it("are stored in docs/, described, and taken at the size the screenshot script uses", () => {
    expect(images.map((i) => i.path)).toEqual(["docs/dashboard.png", "docs/screenshot.png"]);
    for (const image of images) {
      expect(image.alt.length).toBeGreaterThan(20);
      expect(pngSize(image.path).width).toBe(1280);
    }
    expect(readme).toContain("npm run screenshots");
    expect(fs.readFileSync("scripts/readme-screenshots.ts", "utf8")).toContain("width: 1280");
  });
});
