import type { Page } from "@playwright/test";

/** Powers the open VM off through its Force… menu and confirms, as a reader does. */
export async function forcePowerOff(page: Page): Promise<void> {
  const power = page.locator("main").getByRole("group", { name: "Power" });
  await power.getByText("Force…").click();
  await power.getByRole("button", { name: "Power off" }).click();
  await page
    .getByRole("dialog", { name: /^Power off .+\?$/ })
    .getByRole("button", { name: /^Power off / })
    .click();
}
