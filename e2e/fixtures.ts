// Shared e2e constants. The admin is created by scripts/prepare.ts from ADMIN_EMAIL / ADMIN_PASSWORD, which
// playwright.config.ts passes to the web server.
import { expect, type Page } from "@playwright/test";

export const ADMIN = { email: "admin@e2e.test", password: "e2e-admin-password-1" };
export const ADMIN_STATE = "e2e/.auth/admin.json";

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/login");
  await page.getByTestId("login-email").fill(email);
  await page.getByTestId("login-password").fill(password);
  await page.getByTestId("login-submit").click();
  await expect(page.getByTestId("user-menu")).toBeVisible();
}
