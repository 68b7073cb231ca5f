import type { Page, Request } from "@playwright/test";
import { test, expect, expectNoSeriousViolations, API_URL, FAILED_REQUEST } from "./fixtures";

/** Every power-action POST the page sends for one VM, with its body. */
function recordActions(page: Page, vmId: string): { type: unknown }[] {
  const sent: { type: unknown }[] = [];
  page.on("request", (request: Request) => {
    if (request.method() === "POST" && request.url() === `${API_URL}/v1/vms/${vmId}/actions`) {
      sent.push(request.postDataJSON() as { type: unknown });
    }
  });
  return sent;
}

const badge = (page: Page) => page.locator("main [data-vm-state]");

test("power off, start and reboot VM 8 from its page, each confirmed once", async ({
  page,
  signedIn,
  copyVm,
}) => {
  test.setTimeout(90_000);
  const vmId = await copyVm("8");
  const sent = recordActions(page, vmId);
  await signedIn(page, `/vms/${vmId}`);
  const main = page.locator("main");
  await expect(badge(page)).toHaveText(/Running/);
  const power = main.getByRole("group", { name: "Power" });

  // Forced actions sit behind "Force…", never one tap from a graceful one.
  await expect(power.getByRole("button", { name: "Power off" })).toBeHidden();
  await power.getByText("Force…").click();
  const powerOff = power.getByRole("button", { name: "Power off" });
  await powerOff.click();

  const dialog = page.getByRole("dialog", { name: "Power off my-example-computer?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("my-example-computer is Running now.");
  await expect(dialog).toContainText("like pulling its power cord");
  await expect(dialog).toContainText("may be lost");
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await expectNoSeriousViolations(page);

  // Escape closes it, sends nothing, and focus returns to the control.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(powerOff).toBeFocused();
  expect(sent).toEqual([]);

  // A double click on confirm sends exactly one request.
  await powerOff.click();
  await dialog.getByRole("button", { name: "Power off my-example-computer" }).dblclick();
  await expect(badge(page)).toHaveText(/Stopped/);
  await expect(main.getByText("Done: my-example-computer is Stopped.")).toBeVisible();
  expect(sent).toEqual([{ type: "power_off" }]);
  await expect(page).toHaveTitle(/Stopped/);

  // Start brings it back without a reload: the transition shows first.
  await power.getByRole("button", { name: "Start" }).click();
  await page
    .getByRole("dialog", { name: "Start my-example-computer?" })
    .getByRole("button", { name: "Start my-example-computer" })
    .click();
  await expect(badge(page)).toHaveText(/Starting…/);
  await expect(badge(page)).toHaveText(/Running/, { timeout: 15_000 });

  // Reboot ends running.
  await power.getByRole("button", { name: "Reboot" }).click();
  await page
    .getByRole("dialog", { name: "Reboot my-example-computer?" })
    .getByRole("button", { name: "Reboot my-example-computer" })
    .click();
  await expect(badge(page)).toHaveText(/Rebooting…/);
  await expect(main.getByText("Done: my-example-computer is Running.")).toBeVisible({
    timeout: 20_000,
  });
  await expect(badge(page)).toHaveText(/Running/);
  expect(sent).toEqual([{ type: "power_off" }, { type: "start" }, { type: "reboot" }]);
});

test.describe("a shutdown answered 408", () => {
  test.use({ allowedConsoleErrors: [FAILED_REQUEST] });

  test(
    "a shutdown the API does not confirm in time (408) is followed until the VM is off",
    { tag: "@any-size" },
    async ({ page, signedIn, copyVm }) => {
      test.setTimeout(90_000);
      // A copy of VM 27, whose guest takes longer to stop than the API waits.
      const vmId = await copyVm("27");
      const sent = recordActions(page, vmId);
      const answers: number[] = [];
      page.on("response", (response) => {
        if (
          response.request().method() === "POST" &&
          response.url().endsWith(`/vms/${vmId}/actions`)
        )
          answers.push(response.status());
      });
      await signedIn(page, `/vms/${vmId}`);
      const power = page.locator("main").getByRole("group", { name: "Power" });
      await power.getByRole("button", { name: "Shut down" }).click();
      const dialog = page.getByRole("dialog", { name: /^Shut down .+\?$/ });
      await expect(dialog).toContainText("asked to shut down cleanly");
      await expect(dialog).not.toContainText("may be lost");
      await dialog.getByRole("button", { name: /^Shut down / }).click();

      await expect(badge(page)).toHaveText(/Shutting down/);
      await expect(page.getByText(/did not confirm the shutdown in time/)).toBeVisible({
        timeout: 30_000,
      });
      // Chromium resends a request answered 408 on a reused connection, so the
      // page may see the resend's "already shutting down" instead: both are followed.
      expect([[408], [409]]).toContainEqual(answers);
      await expect(badge(page)).toHaveText(/Stopped/, { timeout: 30_000 });
      await expect(page.getByText(/^Done: .+ is Stopped\.$/)).toBeVisible();
      expect(sent).toEqual([{ type: "shutdown" }]);
    },
  );
});

test.describe("refusals", () => {
  test.use({ allowedConsoleErrors: [FAILED_REQUEST] });

  test(
    "a 409 shows the API's reason in words and the state as it is",
    { tag: "@any-size" },
    async ({ page, signedIn, copyVm, injectFault }) => {
      const vmId = await copyVm("8");
      await injectFault({
        vmId,
        part: "actions",
        status: 409,
        body: {
          error: "action_not_allowed",
          message: "Another action is still in progress for this VM.",
        },
        times: 1,
      });
      await signedIn(page, `/vms/${vmId}`);
      const power = page.locator("main").getByRole("group", { name: "Power" });
      await power.getByRole("button", { name: "Reboot" }).click();
      await page.getByRole("button", { name: "Reboot my-example-computer" }).click();
      await expect(
        page.getByText(
          "Reboot was refused. Another action is still in progress for this VM. The VM is Running now.",
        ),
      ).toBeVisible();
      await expect(badge(page)).toHaveText(/Running/);
      await expect(power.getByRole("button", { name: "Reboot" })).toBeEnabled();
    },
  );

  test(
    "a token refused for actions (403) leaves the page readable and the controls off",
    { tag: "@any-size" },
    async ({ page, signedIn, copyVm, injectFault }) => {
      const vmId = await copyVm("8");
      await injectFault({ vmId, part: "actions", status: 403 });
      await signedIn(page, `/vms/${vmId}`);
      const power = page.locator("main").getByRole("group", { name: "Power" });
      await power.getByRole("button", { name: "Shut down" }).click();
      await page.getByRole("button", { name: "Shut down my-example-computer" }).click();
      await expect(page.getByText(/not allowed to change this VM/)).toBeVisible();
      await expect(power.getByRole("button", { name: "Shut down" })).toBeDisabled();
      await expect(power.getByRole("button", { name: "Reboot" })).toBeDisabled();
      await expect(
        page.getByRole("heading", { level: 1, name: "my-example-computer" }),
      ).toBeVisible();
    },
  );
});

test("the controls sit by the state badge, in reach without scrolling on a phone", async ({
  page,
  signedIn,
}) => {
  await signedIn(page, "/vms/8");
  const shutDown = page.getByRole("button", { name: "Shut down" });
  await expect(shutDown).toBeVisible();
  const box = await shutDown.boundingBox();
  const viewport = page.viewportSize();
  expect(box && viewport && box.y + box.height <= viewport.height).toBe(true);
  await page.emulateMedia({ media: "print" });
  await expect(shutDown).toBeHidden();
});
