import { test as setup } from "@playwright/test";
import { ADMIN, ADMIN_STATE, signIn } from "./fixtures";

setup("sign in as the bootstrap admin", async ({ page }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.context().storageState({ path: ADMIN_STATE });
});
