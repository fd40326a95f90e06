import { expect, test } from "@playwright/test";

// The feed links on a company page lead to its Atom and JSON feeds, readable without an account here.
test("a company page links to its Atom and JSON feeds", async ({ page }) => {
  await page.goto("/companies/bmw-group");
  const atomLink = page.getByRole("link", { name: "Atom", exact: true });
  await expect(atomLink).toHaveAttribute("href", "/feeds/companies/bmw-group.atom");
  const atom = await page.request.get((await atomLink.getAttribute("href"))!);
  expect(atom.status()).toBe(200);
  expect(atom.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await atom.text();
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  expect(xml).toContain("<title>Commitment Tracker: BMW Group</title>");
  expect(xml).toMatch(/<entry>[\s\S]*\/commitments\/\d+/);

  const json = await page.request.get("/feeds/companies/bmw-group.json");
  expect(((await json.json()) as { version: string }).version).toBe("https://jsonfeed.org/version/1.1");
});
