import { expect, test } from "@playwright/test";

test("the API reference renders the OpenAPI document without reaching outside the app", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const outside: string[] = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    outside.push(url);
    return route.abort();
  });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));

  // The reference is a 3.5 MB script that draws the whole document in the browser: slow on a busy machine.
  test.slow();
  await page.goto("/api/docs");
  await expect(page.getByRole("heading", { name: "Commitment tracker API" })).toBeVisible({ timeout: 30_000 });
  // The first group of operations is open in the sidebar; the others open on a click.
  await expect(page.getByText("List commitments").first()).toBeVisible();
  await page.getByText("Statement intake", { exact: true }).first().click();
  await expect(page.getByText("Find the candidate commitments in a statement").first()).toBeVisible();
  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
});

test("the OpenAPI document is served as JSON and names every operation", async ({ request }) => {
  const answer = await request.get("/api/v1/openapi.json");
  expect(answer.status()).toBe(200);
  const document = await answer.json();
  expect(document.openapi).toBe("3.1.0");
  expect(document.paths["/api/v1/commitments"].get.operationId).toBe("listCommitments");
});
