import { expect, test } from "@playwright/test";
import { ADMIN_STATE, signIn } from "./fixtures";

const VIEWER = { email: `viewer-${Date.now()}@e2e.test`, name: "Read Only", password: "viewer-password-123" };

test("an admin creates a viewer, who sees the console but no admin settings", async ({ browser }) => {
  const admin = await browser.newPage({ storageState: ADMIN_STATE });
  await admin.goto("/settings/users");
  await admin.getByTestId("users-create").click();
  await admin.getByTestId("user-email").fill(VIEWER.email);
  await admin.getByTestId("user-name").fill(VIEWER.name);
  await admin.getByTestId("user-password").fill("short");
  await admin.getByTestId("user-role").selectOption("viewer");
  await admin.getByTestId("user-create-submit").click();
  // A field error next to the password, and nothing created.
  await expect(admin.getByTestId("create-user-dialog")).toContainText(/12/);
  await admin.getByTestId("user-password").fill(VIEWER.password);
  await admin.getByTestId("user-create-submit").click();
  await expect(admin.locator(`[data-testid="user-row"][data-email="${VIEWER.email}"]`)).toBeVisible();
  await admin.close();

  const viewer = await browser.newPage({ storageState: { cookies: [], origins: [] } });
  await signIn(viewer, VIEWER.email, VIEWER.password);
  await expect(viewer.getByTestId("user-menu")).toContainText(/viewer/i);
  await viewer.getByTestId("nav-settings").click();
  await expect(viewer.getByTestId("settings-tab-preferences")).toBeVisible();
  await expect(viewer.getByTestId("settings-tab-users")).toHaveCount(0);
  await expect(viewer.getByTestId("settings-tab-accounts")).toHaveCount(0);
  for (const path of ["/settings/users", "/settings/accounts", "/settings/audit"]) {
    await viewer.goto(path);
    await expect(viewer.getByTestId("admin-only")).toBeVisible();
    await expect(viewer.getByTestId("users-table")).toHaveCount(0);
  }
  await viewer.close();
});
