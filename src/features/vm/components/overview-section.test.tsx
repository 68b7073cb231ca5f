import { http, HttpResponse } from "msw";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { server } from "@/testing/mocks/server";
import { API } from "@/testing/mocks/handlers";
import { exampleVm, vmPart } from "@/testing/factories/vm";
import { signInForTest } from "@/testing/session";
import { renderWithProviders } from "@/testing/test-utils";
import { OverviewSection } from "./overview-section";
import { preloadOverviewDetails } from "./lazy-overview-details";
import { preloadPowerControls } from "../power/lazy-power-controls";

const vm = exampleVm();

function answerState(respond: () => Response | Promise<Response>) {
  server.use(http.get(`${API}/v1/vms/:vmId`, respond));
}

beforeAll(async () => {
  await Promise.all([preloadOverviewDetails(), preloadPowerControls()]);
});

describe("the overview", () => {
  beforeEach(async () => {
    await signInForTest();
  });

  it("keeps its shape while the state loads, then puts the name in the page's heading", async () => {
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    answerState(async () => {
      await released;
      return HttpResponse.json(vmPart(vm, "state"));
    });
    renderWithProviders(<OverviewSection vmId={String(vm.id)} />);
    const overview = screen.getByRole("region", { name: "Overview" });
    expect(overview).toHaveAttribute("aria-busy", "true");
    expect(
      within(overview).getAllByRole("status", { name: "Loading the VM's state" })[0],
    ).toBeVisible();
    expect(within(overview).getByRole("button", { name: "Refresh the VM's state" })).toBeVisible();
    expect(screen.queryByRole("heading", { level: 1 })).not.toBeInTheDocument();

    release();
    // The name and badge come first; the rest of the overview follows in a deferred render.
    expect(await screen.findByRole("heading", { level: 1, name: vm.name })).toBeVisible();
    expect(await within(overview).findByText(vm.description)).toBeVisible();
    expect(overview).toHaveAttribute("aria-busy", "false");
  });

  it("says the API had a problem, offers to try again, and keeps the refresh button", async () => {
    answerState(() => HttpResponse.json({ error: "boom" }, { status: 500 }));
    renderWithProviders(<OverviewSection vmId={String(vm.id)} />);
    const overview = screen.getByRole("region", { name: "Overview" });
    const alert = await within(overview).findByRole("alert");
    expect(alert).toHaveTextContent("Couldn't load this VM");
    expect(within(alert).getByRole("button", { name: "Try again" })).toBeVisible();
    expect(within(overview).getByRole("heading", { level: 2, name: "Overview" })).toBeVisible();
    expect(within(overview).getByRole("button", { name: "Refresh the VM's state" })).toBeVisible();
  });

  it("names a missing state inside the overview and still shows the VM", async () => {
    answerState(() => HttpResponse.json({ ...vm, state: undefined }));
    renderWithProviders(<OverviewSection vmId={String(vm.id)} />);
    expect(await screen.findByRole("heading", { level: 1, name: vm.name })).toBeVisible();
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "The API sent the VM without a state.",
    );
  });

  it("keeps the VM on screen, marked stale, when a refresh fails", async () => {
    const user = userEvent.setup();
    let failing = false;
    answerState(() =>
      failing
        ? HttpResponse.json({ error: "boom" }, { status: 500 })
        : HttpResponse.json(vmPart(vm, "state")),
    );
    renderWithProviders(<OverviewSection vmId={String(vm.id)} />);
    await screen.findByRole("heading", { level: 1, name: vm.name });
    failing = true;
    await user.click(screen.getByRole("button", { name: "Refresh the VM's state" }));
    expect(
      await screen.findByText(/^Showing the VM's state from \d+ s ago: refreshing failed\./),
    ).toBeVisible();
    expect(screen.getByRole("heading", { level: 1, name: vm.name })).toBeVisible();
  });
});
