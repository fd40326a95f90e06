import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EvidenceList } from "../app/commitments/[id]/_components/evidence-list";
import { NO_NAMES } from "../lib/audit/readable-names";
import type { CommitmentDetailJson } from "../lib/commitments/detail";
import type { EvidenceJson } from "../lib/evidence/serialize";

const item = (id: number, url: string, archiveUrl: string | null = null): EvidenceJson => ({
  id,
  url,
  title: `Item ${id}`,
  publisher: null,
  publishedOn: "2026-01-10",
  language: "en",
  stance: "supports",
  note: null,
  archiveUrl,
  addedAt: "2026-01-10T00:00:00.000Z",
  addedBy: null,
  version: 1,
  retracted: null,
});

describe("the commitment page's evidence", () => {
  it("flags a link the checker found not answering, beside its archived copy", () => {
    const commitment = {
      id: 7,
      evidence: [
        item(1, "https://news.example.com/gone", "https://web.archive.org/web/2026/https://news.example.com/gone"),
        item(2, "https://news.example.com/fine"),
      ],
    } as CommitmentDetailJson;
    const broken = new Map([
      ["https://news.example.com/gone", { status: 404, note: "answered 404", failingSince: "2026-11-28" }],
    ]);
    const html = renderToStaticMarkup(
      <EvidenceList commitment={commitment} canEdit={false} today="2026-12-01" names={NO_NAMES} broken={broken} />,
    );
    const [gone, fine] = html.split('id="evidence-2"');
    expect(gone).toContain("Link not answering since 2026-11-28 (answered 404). The archived copy above still reads.");
    expect(gone).toContain('href="https://web.archive.org/web/2026/https://news.example.com/gone"');
    expect(fine).not.toContain("not answering");
  });
});
