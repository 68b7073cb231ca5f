import { http, HttpResponse } from "msw";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Route, Routes, useLocation, useNavigate } from "react-router";
import { server } from "@/testing/mocks/server";
import { API } from "@/testing/mocks/handlers";
import { liveAnswer, liveVmEntry } from "@/testing/mocks/stats-handlers";
import { exampleVm, type ExampleVm } from "@/testing/factories/vm";
import { signInForTest } from "@/testing/session";
import { renderWithProviders } from "@/testing/test-utils";
import { config } from "@/config/env";
import { paths } from "@/config/paths";
import { setFormatLocale } from "@/utils/format-locale";
import { YourVmsPage } from "./your-vms-page";

const WRITE = "openid profile email vms:read vms:write";

function fleetVm(id: number, name: string, state = "running"): Record<string, unknown> {
  const vm = exampleVm();
  return {
    ...vm,
    id,
    name,
    state,
    network: {
      ...vm.network,
      public_ip: `203.0.113.${String(id)}`,
      private_ip: `10.1.0.${String(id)}`,
    },
  };
}

const FLEET = [
  fleetVm(101, "web-01"),
  fleetVm(102, "web-02"),
  fleetVm(103, "db-01", "shutoff"),
  fleetVm(104, "cache-01"),
];

function serve(vms: Record<string, unknown>[], live = liveAnswer([])) {
  server.use(
    http.get(`${API}/v1/vms`, () => HttpResponse.json({ vms })),
    http.get(`${API}/v1/stats/live`, () => HttpResponse.json(live)),
  );
}

function Address() {
  const location = useLocation();
  return <output aria-label="address">{location.search}</output>;
}

/** The browser's Back and Forward buttons. */
function History() {
  const navigate = useNavigate();
  return (
    <>
      <button type="button" onClick={() => void navigate(-1)}>
        Back
      </button>
      <button type="button" onClick={() => void navigate(1)}>
        Forward
      </button>
    </>
  );
}

function renderPage(route = "/") {
  return renderWithProviders(
    <Routes>
      <Route
        path="/"
        element={
          <>
            <YourVmsPage />
            <Address />
            <History />
          </>
        }
      />
    </Routes>,
    { route },
  );
}

/** The VMs' names, in the order the list shows them. */
const vmNames = () =>
  screen
    .getAllByRole("link")
    .filter((link) => link.getAttribute("href")?.startsWith("/vms/"))
    .map((link) => link.textContent);

const row = (name: string) => {
  const link = screen.getByRole("link", { name });
  const item = link.closest("li");
  if (!item) throw new Error(`no row for ${name}`);
  return item;
};

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
      http.get(`${API}/v1/stats/live`, () => HttpResponse.json(liveAnswer())),
    );
    renderPage();
    expect(screen.getByRole("heading", { level: 1, name: "Your VMs" })).toBeVisible();
    const project = screen.getByRole("region", { name: `Project \u2066${config.projectId}\u2069` });
    expect(within(project).getByRole("status", { name: "Loading your VMs" })).toBeVisible();
    const link = await within(project).findByRole("link", { name: exampleVm().name });
    expect(link).toHaveAttribute("href", paths.vm.href("8"));
    const item = row(exampleVm().name);
    expect(item).toHaveTextContent("#8");
    expect(within(item).getByText("Running")).toBeVisible();
    expect(item).toHaveTextContent(`Public IP: ${exampleVm().network.public_ip}`);
    expect(item).toHaveTextContent("Plan: b-1-500mb-10");
    // One live answer for every VM: VM 8's figures from it.
    await waitFor(() => {
      expect(item).toHaveTextContent("CPU: 59 %");
    });
    expect(item).toHaveTextContent("Memory: 1.2 GiB of 2 GiB");
    expect(asked).toEqual([config.projectId]);
    expect(screen.getByRole("region", { name: "Open a VM" })).toBeVisible();
  });

  it("narrows the list as the reader types, announces the count and keeps it in the address", async () => {
    serve(FLEET);
    renderPage();
    const user = userEvent.setup();
    await screen.findByRole("link", { name: "web-01" });
    expect(screen.getByRole("status", { name: "" })).toHaveTextContent("4 VMs.");
    await user.type(screen.getByRole("searchbox", { name: "Search VMs" }), "WEB");
    await waitFor(() => {
      expect(screen.queryByRole("link", { name: "db-01" })).not.toBeInTheDocument();
    });
    expect(vmNames()).toEqual(["web-01", "web-02"]);
    expect(screen.getByText("2 of 4 VMs match.")).toHaveAttribute("aria-live", "polite");
    await waitFor(() => {
      expect(screen.getByRole("status", { name: "address" })).toHaveTextContent("?q=WEB");
    });
  });

  it("opens the view a link names: search, state and sort", async () => {
    serve(FLEET);
    renderPage("/?state=running&sort=id");
    await screen.findByRole("link", { name: "web-01" });
    expect(screen.getByRole("combobox", { name: "State" })).toHaveValue("running");
    expect(screen.getByRole("combobox", { name: "Sort by" })).toHaveValue("id");
    expect(vmNames()).toEqual(["web-01", "web-02", "cache-01"]);
  });

  it("shows the address's search, filter and sort again on Back and Forward", async () => {
    serve(FLEET);
    renderPage();
    const user = userEvent.setup();
    await screen.findByRole("link", { name: "web-01" });
    const search = screen.getByRole("searchbox", { name: "Search VMs" });
    const state = screen.getByRole("combobox", { name: "State" });
    const sort = screen.getByRole("combobox", { name: "Sort by" });
    const address = screen.getByRole("status", { name: "address" });
    await user.type(search, "web");
    await waitFor(() => {
      expect(address).toHaveTextContent("?q=web");
    });
    // A filter or sort chosen is a step back; typing changes the step in place.
    await user.selectOptions(state, "running");
    await user.selectOptions(sort, "id");
    await user.clear(search);
    await user.type(search, "01");
    await waitFor(() => {
      expect(address).toHaveTextContent("?q=01&state=running&sort=id");
    });
    expect(vmNames()).toEqual(["web-01", "cache-01"]);

    await user.click(screen.getByRole("button", { name: "Back" }));
    await waitFor(() => {
      expect(address).toHaveTextContent("?q=web&state=running");
    });
    expect(search).toHaveValue("web");
    expect(state).toHaveValue("running");
    expect(sort).toHaveValue("name");
    await waitFor(() => {
      expect(vmNames()).toEqual(["web-01", "web-02"]);
    });

    await user.click(screen.getByRole("button", { name: "Back" }));
    await waitFor(() => {
      expect(state).toHaveValue("");
    });
    expect(search).toHaveValue("web");
    expect(address).toHaveTextContent("?q=web");

    await user.click(screen.getByRole("button", { name: "Forward" }));
    await user.click(screen.getByRole("button", { name: "Forward" }));
    await waitFor(() => {
      expect(search).toHaveValue("01");
    });
    expect(state).toHaveValue("running");
    expect(sort).toHaveValue("id");
    await waitFor(() => {
      expect(vmNames()).toEqual(["web-01", "cache-01"]);
    });
    // The field that followed the address does not write an older search back.
    expect(address).toHaveTextContent("?q=01&state=running&sort=id");
  });

  it("says when nothing matches, and clears the search and filters on request", async () => {
    serve(FLEET);
    renderPage("/?q=nothing-like-this&state=shutoff");
    expect(await screen.findByText("No VM matches this search and filter.")).toBeVisible();
    await userEvent.setup().click(screen.getByRole("button", { name: "Clear search and filters" }));
    expect(await screen.findByRole("link", { name: "web-01" })).toBeVisible();
    expect(screen.getByRole("searchbox", { name: "Search VMs" })).toHaveValue("");
    expect(screen.getByRole("combobox", { name: "State" })).toHaveValue("");
  });

  it("renders a large fleet in steps of 50, and a new search starts again from 50", async () => {
    serve(Array.from({ length: 120 }, (_, i) => fleetVm(1000 + i, `vm-${String(1000 + i)}`)));
    renderPage();
    const user = userEvent.setup();
    await screen.findByRole("link", { name: "vm-1000" });
    expect(vmNames()).toHaveLength(50);
    expect(screen.getByText("Showing 50 of 120 VMs.")).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Show 50 more" }));
    await waitFor(() => {
      expect(vmNames()).toHaveLength(100);
    });
    await user.type(screen.getByRole("searchbox", { name: "Search VMs" }), "vm-1");
    await waitFor(() => {
      expect(vmNames()).toHaveLength(50);
    });
  });

  it("writes counts and figures in the page's language, not the browser's", async () => {
    setFormatLocale("fr");
    try {
      const others = Array.from({ length: 1199 }, (_, i) =>
        fleetVm(1000 + i, `vm-${String(1000 + i)}`),
      );
      serve([exampleVm(), ...others], liveAnswer());
      renderPage();
      await screen.findByRole("link", { name: exampleVm().name });
      const item = row(exampleVm().name);
      await waitFor(() => {
        expect(item).toHaveTextContent("Memory: 1,2 GiB of 2 GiB");
      });
      expect(screen.getByText("Showing 50 of 1 200 VMs.")).toBeVisible();
      // The figure and its unit never part at the end of a line.
      expect(
        within(item).getByText(/^1,2\u00a0GiB/, { normalizer: (shown) => shown }),
      ).toBeVisible();
    } finally {
      setFormatLocale("en");
    }
  });

  it("says so when there are no VMs", async () => {
    serve([]);
    renderPage();
    expect(await screen.findByText("There are no VMs in this project yet.")).toBeVisible();
    expect(screen.queryByRole("searchbox")).not.toBeInTheDocument();
  });

  it("names an entry the API sent unreadable and shows the rest", async () => {
    const withoutName: Partial<ExampleVm> = exampleVm();
    delete withoutName.name;
    serve([withoutName, ...FLEET]);
    renderPage();
    expect(await screen.findByText("The API sent the VM without a name.")).toBeVisible();
    expect(screen.getByRole("link", { name: "web-01" })).toBeVisible();
    expect(screen.getByText("4 VMs.")).toBeVisible();
  });

  it.each(["..", "8/../9", "a b"])(
    "makes no link for a VM whose id is %j, and says why",
    async (id) => {
      serve([{ ...exampleVm(), id, name: "odd-id" }, ...FLEET]);
      renderPage();
      const name = await screen.findByText("odd-id");
      expect(name.closest("li")).toHaveTextContent(
        "Its id cannot be used in an address, so this VM cannot be opened from here.",
      );
      expect(screen.queryByRole("link", { name: "odd-id" })).not.toBeInTheDocument();
    },
  );

  it("renders names as text, never as markup", async () => {
    const hostile = '<img src=x onerror="window.__pwned=true">';
    serve([{ ...exampleVm(), name: hostile }]);
    renderPage();
    expect(await screen.findByText(hostile)).toBeVisible();
    expect(screen.queryByRole("img")).not.toBeInTheDocument();
  });

  it("still shows every row when the live figures cannot be read", async () => {
    server.use(
      http.get(`${API}/v1/vms`, () => HttpResponse.json({ vms: FLEET })),
      http.get(`${API}/v1/stats/live`, () => HttpResponse.json({ error: "boom" }, { status: 500 })),
    );
    renderPage();
    expect(
      await screen.findByText(
        "Live CPU and memory figures are not available right now; the list is up to date.",
      ),
    ).toBeVisible();
    expect(row("web-01")).toHaveTextContent("CPU: —no live figure");
  });

  it("says the list could not be loaded, and loads it again on request", async () => {
    let failing = true;
    server.use(
      http.get(`${API}/v1/vms`, () =>
        failing
          ? HttpResponse.json({ error: "boom" }, { status: 500 })
          : HttpResponse.json({ vms: [exampleVm()] }),
      ),
      http.get(`${API}/v1/stats/live`, () => HttpResponse.json(liveAnswer())),
    );
    renderPage();
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Couldn't load your VMs");
    expect(screen.getByRole("textbox", { name: "Open a VM by id" })).toBeEnabled();
    failing = false;
    await userEvent.setup().click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("link", { name: exampleVm().name })).toBeVisible();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("offers no selection or bulk action without the write scope", async () => {
    serve(FLEET);
    renderPage();
    await screen.findByRole("link", { name: "web-01" });
    expect(screen.queryByRole("checkbox")).not.toBeInTheDocument();
  });
});

describe("acting on several VMs", () => {
  beforeEach(async () => {
    await signInForTest({ scope: WRITE });
  });

  it("offers each action only for the VMs whose state allows it, and names those it skips", async () => {
    serve(FLEET);
    renderPage();
    const user = userEvent.setup();
    await user.click(await screen.findByRole("checkbox", { name: "Select web-01 (#101)" }));
    await user.click(screen.getByRole("checkbox", { name: "Select db-01 (#103)" }));
    const bar = screen.getByRole("group", { name: "Act on the selected VMs" });
    expect(bar).toHaveTextContent("2 VMs selected");
    expect(within(bar).getByRole("button", { name: "Start 1 of 2 VMs" })).toBeVisible();
    expect(within(bar).getByRole("button", { name: "Shut down 1 of 2 VMs" })).toBeVisible();
    // One line for every action that skips VMs, however many actions.
    expect(bar).toHaveTextContent(
      "Start skips web-01 (#101); Shut down, Reboot, Power off and Reset skip db-01 (#103): their state does not allow it.",
    );
    await user.click(within(bar).getByRole("button", { name: "Start 1 of 2 VMs" }));
    const dialog = screen.getByRole("dialog", { name: "Start 1 VM?" });
    expect(within(dialog).getByRole("list", { name: "It touches these 1 VM:" })).toHaveTextContent(
      "db-01 (#103)",
    );
    expect(
      within(dialog).getByRole("list", { name: "It skips 1 VM whose state does not allow it:" }),
    ).toHaveTextContent("web-01 (#101)");
  });

  it("warns of data loss before a forced action", async () => {
    serve(FLEET);
    renderPage();
    const user = userEvent.setup();
    await user.click(await screen.findByRole("checkbox", { name: "Select web-01 (#101)" }));
    await user.click(screen.getByRole("button", { name: "Power off 1 VM" }));
    expect(screen.getByRole("dialog", { name: "Power off 1 VM?" })).toHaveTextContent(
      "Anything not yet saved to disk inside the VM may be lost.",
    );
  });

  it("sends one request per VM however often confirm is pressed, and shows each outcome", async () => {
    const states: Record<string, string> = { "101": "running", "102": "running", "104": "running" };
    const posts: { id: string; body: unknown }[] = [];
    server.use(
      http.get(`${API}/v1/vms`, () =>
        HttpResponse.json({
          vms: FLEET.map((vm) => ({ ...vm, state: states[String(vm.id)] ?? vm.state })),
        }),
      ),
      http.get(`${API}/v1/stats/live`, () => HttpResponse.json(liveAnswer([liveVmEntry()]))),
      http.post(`${API}/v1/vms/:vmId/actions`, async ({ params, request }) => {
        const id = String(params.vmId);
        posts.push({ id, body: await request.json() });
        if (id === "102")
          return HttpResponse.json(
            { error: "action_not_allowed", message: "The VM is locked by a backup." },
            { status: 409 },
          );
        if (id === "104")
          return HttpResponse.json(
            { error: "shutdown_timeout", message: "Not stopped within 10 s." },
            { status: 408 },
          );
        states[id] = "shutoff";
        return new HttpResponse(null, { status: 204 });
      }),
      http.get(`${API}/v1/vms/:vmId`, ({ params }) =>
        HttpResponse.json({
          ...fleetVm(Number(params.vmId), "x"),
          state: states[String(params.vmId)],
        }),
      ),
    );
    renderPage();
    const user = userEvent.setup();
    for (const name of ["web-01 (#101)", "web-02 (#102)", "cache-01 (#104)"])
      await user.click(await screen.findByRole("checkbox", { name: `Select ${name}` }));
    await user.click(screen.getByRole("button", { name: "Shut down 3 VMs" }));
    const confirm = within(screen.getByRole("dialog")).getByRole("button", {
      name: "Shut down 3 VMs",
    });
    await user.dblClick(confirm);
    expect(
      await within(row("web-02")).findByText("Refused: The VM is locked by a backup."),
    ).toBeVisible();
    expect(
      await within(row("cache-01")).findByText("Not confirmed in time; still shutting down…"),
    ).toBeVisible();
    expect(
      await within(row("web-01")).findByText("Done: Stopped.", {}, { timeout: 4000 }),
    ).toBeVisible();
    expect(posts).toHaveLength(3);
    expect(posts.map((p) => p.id).sort()).toEqual(["101", "102", "104"]);
    expect(posts.every((p) => JSON.stringify(p.body) === '{"type":"shutdown"}')).toBe(true);
    expect(screen.getByText(/^Shut down: 1 done, 1 under way, 1 not done\.$/)).toBeVisible();
  });
});
