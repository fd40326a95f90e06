import fs from "node:fs";
import semver from "semver";
import { describe, expect, it } from "vitest";

// The Node.js versions the project says it needs (package.json `engines`, the README) must be ones every
// installed dependency accepts, or `npm ci` warns EBADENGINE and the README promises what does not hold.

type LockEntry = {
  version?: string;
  engines?: { node?: string } | string[];
  optional?: boolean;
  os?: string[];
  cpu?: string[];
};
type Lock = { packages: Record<string, LockEntry> };

/** Prebuilt binaries for one platform (sharp for 32-bit Windows, say): optional, installed only there. */
const platformBinary = (info: LockEntry) => Boolean(info.optional && (info.os || info.cpu));

const pkg = JSON.parse(fs.readFileSync("package.json", "utf8")) as { engines: { node: string } };
const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8")) as Lock;
const readme = fs.readFileSync("README.md", "utf8");

/** The lowest version of each range in `^20.19.0 || ^22.13.0 || >=24`: 20.19.0, 22.13.0, 24.0.0. */
const lowestOfEach = (range: string) => range.split("||").map((part) => semver.minVersion(part.trim())!.version);

describe("the Node.js version", () => {
  it("that package.json allows, at the lowest of each line, satisfies every dependency's engines", () => {
    const lowest = lowestOfEach(pkg.engines.node);
    expect(lowest[0]).toBe("20.19.0");
    const refused: string[] = [];
    for (const [path, info] of Object.entries(lock.packages)) {
      const wanted = !Array.isArray(info.engines) ? info.engines?.node : undefined;
      if (!path || !wanted || platformBinary(info)) continue;
      for (const version of lowest)
        if (!semver.satisfies(version, wanted)) refused.push(`${path}@${info.version} wants ${wanted}, not ${version}`);
    }
    expect(refused).toEqual([]);
  });

  it("is the one the README asks for", () => {
    expect(readme).toContain("You need Node.js 20.19 or newer");
    expect(readme).toContain("22.13");
  });
});
