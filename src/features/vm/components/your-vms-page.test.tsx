import { http, HttpResponse } from "msw";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { server } from "@/testing/mocks/server";
import { API } from "@/testing/mocks/handlers";
import { exampleVm } from "@/testing/factories/vm";
import { signInForTest } from "@/testing/session";
import { renderWithProviders } from "@/testing/test-utils";
import { config } from "@/config/env";
import { YourVmsPage } from "./your-vms-page";

describe("the home page", () => {
  beforeEach(async () => {
    await signInForTest();
  });

  it("lists the reader's VMs in the project, under the page's heading", async () => {
    const asked: (string | null)[] = [];
    server.use(
      http.get(`${API}/v1/vms`, ({ request }) => {
        asked.push(new URL(request.url).searchParams.get("project_id"));
        return HttpResponse.json({ vms: [exampleVm()] });
      }),
    );
    renderWithProviders(<YourVmsPage />);
    expect(screen.getByRole("main")).toBeVisible();
    expect(screen.getByRole("heading", { level: 1, name: "Your VMs" })).toBeVisible();
    const project = screen.getByRole("region", { name: `Project ${config.projectId}` });
    expect(within(project).getByRole("status", { name: "Loading your VMs" })).toBeVisible();
    expect(
      await within(project).findByRole("link", { name: new RegExp(exampleVm().name) }),
    ).toBeVisible();
    expect(asked).toEqual([config.projectId]);
    expect(screen.getByRole("region", { name: "Open a VM" })).toBeVisible();
  });

  it("says the list could not be loaded, and loads it again on request", async () => {
    let failing = true;
    server.use(
      http.get(`${API}/v1/vms`, () =>
        failing
          ? HttpResponse.json({ error: "boom" }, { status: 500 })
          : HttpResponse.json({ vms: [exampleVm()] }),
      ),
    );
    renderWithProviders(<YourVmsPage />);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Couldn't load your VMs");
    failing = false;
    await userEvent.setup().click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("link", { name: new RegExp(exampleVm().name) })).toBeVisible();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("keeps opening a VM by id available while the list fails", async () => {
    server.use(
      http.get(`${API}/v1/vms`, () => HttpResponse.json({ error: "boom" }, { status: 500 })),
    );
    renderWithProviders(<YourVmsPage />);
    await screen.findByRole("alert");
    expect(screen.getByRole("textbox", { name: "Open a VM by id" })).toBeEnabled();
  });
});
