import { http, HttpResponse } from "msw";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { server } from "@/testing/mocks/server";
import { API } from "@/testing/mocks/handlers";
import { liveAnswer, liveVmEntry, statsHandlers } from "@/testing/mocks/stats-handlers";
import { signInForTest } from "@/testing/session";
import { renderWithProviders } from "@/testing/test-utils";
import { UsageSection, type UsageSectionProps } from "./usage-section";

/** An IntersectionObserver the test moves in and out of view. */
class FakeIntersectionObserver {
  static instances: FakeIntersectionObserver[] = [];
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.instances.push(this);
  }
  observe() {}
  unobserve() {}
  disconnect() {
    FakeIntersectionObserver.instances = FakeIntersectionObserver.instances.filter(
      (observer) => observer !== this,
    );
  }
  takeRecords() {
    return [];
  }
  static show(isIntersecting: boolean) {
    act(() => {
      for (const observer of FakeIntersectionObserver.instances) {
        observer.callback(
          [{ isIntersecting } as IntersectionObserverEntry],
          observer as unknown as IntersectionObserver,
        );
      }
    });
  }
}

function setTabVisibility(state: DocumentVisibilityState) {
  Object.defineProperty(document, "visibilityState", { configurable: true, get: () => state });
  act(() => {
    document.dispatchEvent(new Event("visibilitychange"));
  });
}

const VM_8: UsageSectionProps = {
  vmId: "8",
  running: true,
  memoryMB: 2048,
  transferGB: 2048,
  vpcId: "1",
};

function countRequests() {
  const seen: string[] = [];
  server.events.on("request:start", ({ request }) => {
    seen.push(new URL(request.url).pathname + new URL(request.url).search);
  });
  return seen;
}

describe("the usage section", () => {
  beforeEach(async () => {
    await signInForTest();
    FakeIntersectionObserver.instances = [];
    vi.stubGlobal("IntersectionObserver", FakeIntersectionObserver);
    setTabVisibility("visible");
    server.use(...statsHandlers);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
    server.events.removeAllListeners();
  });

  it("shows CPU, memory of the VM's total, disk and network rates, in words and charts", async () => {
    renderWithProviders(<UsageSection {...VM_8} />);
    FakeIntersectionObserver.show(true);
    const usage = await screen.findByRole("region", { name: "Usage" });
    expect(await within(usage).findByText("59 %")).toBeVisible();
    expect(within(usage).getByText("1.2 GiB")).toBeVisible();
    expect(within(usage).getByText("of 2 GiB")).toBeVisible();
    expect(within(usage).getByText("2.3 MiB/s")).toBeVisible();
    expect(within(usage).getByText("1 MiB/s")).toBeVisible();
    expect(within(usage).getByText("804 B/s")).toBeVisible();
    expect(within(usage).getByText("2.9 MiB/s")).toBeVisible();
    // Every chart has a name with its latest value and range.
    expect(
      within(usage).getByRole("img", {
        name: "CPU, last 15 min seen: now 59\u00a0%, from 59\u00a0% to 59\u00a0%",
      }),
    ).toBeInTheDocument();
    expect(
      within(usage).getByRole("img", {
        name: /^Network, .*now In 804\u00a0B\/s, Out 2\.9\u00a0MiB\/s/,
      }),
    ).toBeInTheDocument();
    expect(within(usage).getByText(/100 % is one vCPU fully busy/)).toBeVisible();
  });

  it("shows the numbers behind a chart as a table", async () => {
    const user = userEvent.setup();
    renderWithProviders(<UsageSection {...VM_8} />);
    FakeIntersectionObserver.show(true);
    await screen.findByText("59 %");
    const cpu = screen.getByRole("heading", { name: "CPU" }).parentElement as HTMLElement;
    const toggle = within(cpu).queryByRole("button", { name: "Show as table" });
    // Where the chart cannot be drawn (no canvas here), the table is there already.
    if (toggle) await user.click(toggle);
    const table = await within(cpu).findByRole("table", {
      name: "CPU, one row per sample, newest first",
    });
    expect(within(table).getByRole("cell", { name: "59\u00a0%" })).toBeInTheDocument();
  });

  it("compares this month's VPC traffic with the allowance, and says what it is", async () => {
    const seen = countRequests();
    renderWithProviders(<UsageSection {...VM_8} />);
    FakeIntersectionObserver.show(true);
    const bar = await screen.findByRole("progressbar", {
      name: "Transfer used this month by VPC 1",
    });
    // 10 steps of 10 GiB in and 5 GiB out, read by legend name.
    expect(bar).toHaveAttribute("aria-valuetext", "150\u00a0GiB of 2\u00a0TiB, 7.3\u00a0%");
    expect(bar).toHaveAttribute("aria-valuenow", "7");
    expect(screen.getByText("150 GiB of 2 TiB this month")).toBeVisible();
    expect(screen.getByText(/public traffic of VPC 1/)).toBeVisible();
    expect(screen.getByText(/shared by every VM in the VPC/)).toBeVisible();
    expect(
      seen.some((url) => url.startsWith("/v1/stats/vpcs/1?stats_timespan=2678400&stats_start=")),
    ).toBe(true);
    expect(seen).toContain("/v1/stats/vpcs/1?stats_timespan=86400");
    expect(
      await screen.findByRole("img", {
        name: /^VPC traffic over the last day, per 5 minutes: latest 15\u00a0GiB/,
      }),
    ).toBeInTheDocument();
  });

  it.each(["..", ".", "1/../2", "%2e%2e"])(
    "asks nothing about a VPC whose id from the API is %j, and says why in words",
    async (vpcId) => {
      const seen = countRequests();
      renderWithProviders(<UsageSection {...VM_8} vpcId={vpcId} />);
      FakeIntersectionObserver.show(true);
      expect(
        await screen.findByText(
          `The VPC's traffic cannot be shown: the API gave its id as “${vpcId}”, which cannot be used in an address, so it was not asked for.`,
        ),
      ).toBeVisible();
      // The live figures still load; nothing but them is asked for.
      await screen.findByText("59 %");
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.every((url) => url.startsWith("/v1/stats/live"))).toBe(true);
      expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    },
  );

  it("draws the chosen span", async () => {
    const user = userEvent.setup();
    const seen = countRequests();
    renderWithProviders(<UsageSection {...VM_8} />);
    FakeIntersectionObserver.show(true);
    await user.click(await screen.findByRole("button", { name: "Year" }));
    expect(screen.getByRole("button", { name: "Year" })).toHaveAttribute("aria-pressed", "true");
    await waitFor(() => {
      expect(seen).toContain("/v1/stats/vpcs/1?stats_timespan=31622400");
    });
    expect(
      await screen.findByRole("img", { name: /^VPC traffic over the last year/ }),
    ).toBeInTheDocument();
  });

  it("says a stopped VM is not running instead of drawing zeros", async () => {
    server.use(
      http.get(`${API}/v1/stats/live`, () =>
        HttpResponse.json(
          liveAnswer([
            liveVmEntry({ state: "shutoff", cpu: 0, "memory.used": 0, "network.rx": 0 }),
          ]),
        ),
      ),
    );
    renderWithProviders(<UsageSection {...VM_8} running={false} />);
    FakeIntersectionObserver.show(true);
    expect(await screen.findByText("This VM is not running")).toBeVisible();
    expect(screen.getByText(/It is stopped, so it uses no CPU/)).toBeVisible();
    expect(screen.queryByRole("img", { name: /^CPU/ })).not.toBeInTheDocument();
    // The VPC's traffic is still there: other VMs may use it.
    expect(
      await screen.findByRole("progressbar", { name: "Transfer used this month by VPC 1" }),
    ).toBeInTheDocument();
  });

  it("marks figures older than two steps as stale", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const start = new Date("2026-11-28T12:00:00Z");
    vi.setSystemTime(start);
    const stamped = Math.floor(start.getTime() / 1000);
    server.use(
      http.get(`${API}/v1/stats/live`, () => HttpResponse.json(liveAnswer(undefined, stamped))),
    );
    renderWithProviders(<UsageSection {...VM_8} />);
    FakeIntersectionObserver.show(true);
    await screen.findByText("59 %");
    expect(screen.queryByText(/no newer sample/)).not.toBeInTheDocument();
    vi.setSystemTime(new Date(start.getTime() + 31_000));
    expect(
      await screen.findByText(
        "These figures are from 31 s ago: no newer sample has arrived. They update as soon as one does.",
      ),
    ).toBeVisible();
  });

  it("fails on its own, with Try again", async () => {
    const user = userEvent.setup();
    let fail = true;
    server.use(
      http.get(`${API}/v1/stats/live`, () =>
        fail
          ? HttpResponse.json({ error: "boom" }, { status: 500 })
          : HttpResponse.json(liveAnswer()),
      ),
    );
    renderWithProviders(<UsageSection {...VM_8} />);
    FakeIntersectionObserver.show(true);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Couldn't load the usage figures");
    // The traffic part answered: it stays.
    expect(
      await screen.findByRole("progressbar", { name: "Transfer used this month by VPC 1" }),
    ).toBeInTheDocument();
    fail = false;
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect((await screen.findAllByText("59 %"))[0]).toBeVisible();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("asks nothing while the section is off screen or the tab hidden", async () => {
    const seen = countRequests();
    renderWithProviders(<UsageSection {...VM_8} />);
    expect(await screen.findByText("Figures start when this section is on screen.")).toBeVisible();
    expect(seen).toEqual([]);

    setTabVisibility("hidden");
    FakeIntersectionObserver.show(true);
    // Let any request that would start do so.
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(seen).toEqual([]);

    setTabVisibility("visible");
    await screen.findByText("59 %");
    expect(seen.filter((url) => url === "/v1/stats/live")).toHaveLength(1);
    expect(seen.some((url) => url.startsWith("/v1/stats/vpcs/1"))).toBe(true);
  });

  it("says so when the API has no figures for this VM", async () => {
    server.use(
      http.get(`${API}/v1/stats/live`, () =>
        HttpResponse.json(liveAnswer([liveVmEntry({ vm_id: 99 })])),
      ),
    );
    renderWithProviders(<UsageSection {...VM_8} />);
    FakeIntersectionObserver.show(true);
    expect(await screen.findByText(/The API sent no figures for this VM/)).toBeVisible();
  });

  it("leaves out odd figures one by one", async () => {
    server.use(
      http.get(`${API}/v1/stats/live`, () =>
        HttpResponse.json(
          liveAnswer([
            liveVmEntry({ vm_id: "8", cpu: "12.5", "disk.read": -4, "network.rx": null }),
          ]),
        ),
      ),
    );
    renderWithProviders(<UsageSection {...VM_8} />);
    FakeIntersectionObserver.show(true);
    expect((await screen.findAllByText("13 %"))[0]).toBeVisible();
    const disk = screen.getByRole("heading", { name: "Disk" }).parentElement as HTMLElement;
    expect(within(disk).getAllByText("—")[0]).toBeVisible();
    expect(document.body.textContent).not.toMatch(/NaN|undefined|Infinity/);
  });
});
