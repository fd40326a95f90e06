import { beforeEach, describe, expect, it } from "vitest";
import { POST as convert } from "../app/api/v1/intake/convert/route";
import { sessionHeaders } from "./support/auth";
import { setupTestDatabase } from "./support/database";
import { pdfWithText } from "./support/pdf";

const t = setupTestDatabase();
let editor: Record<string, string>;
beforeEach(async () => {
  editor = await sessionHeaders(t.db, "editor");
});

async function upload(name: string, bytes: Uint8Array | string) {
  const form = new FormData();
  form.set("file", new File([typeof bytes === "string" ? bytes : new Blob([bytes as Uint8Array<ArrayBuffer>])], name));
  const response = await convert(
    new Request("http://tracker.test/api/v1/intake/convert", { method: "POST", headers: editor, body: form }),
    undefined,
  );
  return { status: response.status, body: await response.json() };
}

describe("POST /api/v1/intake/convert", () => {
  it("reads text files in UTF-8 (with a byte-order mark) and in GB18030, and detects the language", async () => {
    const english = await upload("statement.txt", "\uFEFFBMW will build a plant.\r\n\r\n\r\nSecond  paragraph.");
    expect(english.body).toEqual({
      text: "BMW will build a plant.\n\nSecond paragraph.",
      title: null,
      format: "txt",
      language: "en",
    });
    const gb18030 = Uint8Array.from([0xb1, 0xa6, 0xc2, 0xed, 0xbd, 0xab, 0xcd, 0xb6, 0xd7, 0xca, 0xa1, 0xa3]); // 宝马将投资。
    expect((await upload("statement.txt", gb18030)).body).toMatchObject({ text: "宝马将投资。", language: "zh" });
  });

  it("turns HTML into its readable text: no script, style or navigation, paragraphs kept", async () => {
    const html =
      "<html><head><title>Plant news</title><script>document.title='x'</script><style>p{color:red}</style></head>" +
      "<body><nav>Home | About</nav><article><h1>New plant</h1><p>BMW will build a plant <b>in Shenyang</b>.</p>" +
      "<p>It will create 1,200 jobs.</p></article><footer>All rights reserved</footer></body></html>";
    const { status, body } = await upload("page.html", html);
    expect(status).toBe(200);
    expect(body.text).toBe("New plant\n\nBMW will build a plant in Shenyang.\n\nIt will create 1,200 jobs.");
    expect(body.text).not.toMatch(/document\.title|color:red|Home \| About|<|>/);
    expect(body.title).toBe("Plant news");
  });

  it("reads a PDF's text layer", async () => {
    const { status, body } = await upload("statement.pdf", pdfWithText("BMW will build a plant in Shenyang."));
    expect(status).toBe(200);
    expect(body).toMatchObject({ text: "BMW will build a plant in Shenyang.", format: "pdf", language: "en" });
  });

  it("refuses a password-protected PDF, a binary file and other kinds of file with a clear 400", async () => {
    const locked = await upload("locked.pdf", pdfWithText("secret", { encrypted: true }));
    expect(locked.status).toBe(400);
    expect(locked.body.error.fields.file).toMatch(/password/);
    const binary = await upload("image.txt", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    expect(binary.body.error.fields.file).toMatch(/binary/);
    expect((await upload("sheet.xlsx", "PK…")).body.error.fields.file).toMatch(/\.txt, \.html or \.pdf/);
  });
});
