import { test, expect, signInAs } from "./fixtures";

test("signing in as demo shows VM 8's state from the API", async ({ page }) => {
  await signInAs(page, "/vms/8");
  await expect(page).toHaveURL(/\/vms\/8$/);
  await expect(page.getByRole("heading", { level: 1, name: "my-example-computer" })).toBeVisible();
  await expect(page.getByText("Running", { exact: true })).toBeVisible();
});
