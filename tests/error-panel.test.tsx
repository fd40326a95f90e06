import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ErrorPanel } from "../components/ui/error-panel";

describe("error page", () => {
  it("shows a clear message and the reference, never the error's text or stack", () => {
    const error = Object.assign(new Error('relation "commitments" does not exist at /srv/app/db/client.ts:42'), {
      digest: "2394857",
    });
    const html = renderToStaticMarkup(
      <ErrorPanel error={error} retry={() => {}} message="This page could not be loaded." />,
    );
    expect(html).toContain("Something went wrong");
    expect(html).toContain("This page could not be loaded.");
    expect(html).toContain("Reference: 2394857");
    expect(html).not.toContain("relation");
    expect(html).not.toContain("client.ts");
    expect(html).not.toContain(error.stack!.split("\n")[1]!.trim());
  });
});
