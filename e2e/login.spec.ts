import { expect, test } from "@playwright/test";
import { ADMIN } from "./fixtures";

test("an anonymous visitor is sent to the login page", async ({ page }) => {
  await page.goto("/instances");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByTestId("login-email")).toBeVisible();
});

test("a wrong password is refused with a message and no session", async ({ page }) => {
  await page.goto("/login");
  await page.getByTestId("login-email").fill(ADMIN.email);
  await page.getByTestId("login-password").fill("not-the-password-123");
  await page.getByTestId("login-submit").click();
  await expect(page.getByTestId("login-error")).toBeVisible();
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});

test("route handlers refuse an anonymous caller themselves", async ({ request }) => {
  const res = await request.get("/api/regions");
  expect(res.status()).toBe(401);
});
