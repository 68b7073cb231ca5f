import { http, HttpResponse } from "msw";
import { screen, waitFor, within } from "@testing-library/react";
import { server } from "@/testing/mocks/server";
import { API } from "@/testing/mocks/handlers";
import { exampleVm, vmPart } from "@/testing/factories/vm";
import { signInForTest } from "@/testing/session";
import { renderWithProviders } from "@/testing/test-utils";
import { VmPage, loadVmPageCode } from "./vm-page";

function recordRequests() {
  const seen: { only: string[]; at: number }[] = [];
  let answeredState = 0;
  server.use(
    http.get(`${API}/v1/vms/:vmId`, ({ request }) => {
      const only = new URL(request.url).searchParams.getAll("only");
      seen.push({ only, at: answeredState });
      if (only[0] === "state") answeredState += 1;
      return HttpResponse.json(vmPart(exampleVm(), only[0] ?? ""));
    }),
  );
  return seen;
}

// The route loader starts these downloads beside the state request; so do the tests.
beforeAll(async () => {
  await loadVmPageCode().all;
});

describe("the VM page", () => {
  beforeEach(async () => {
    await signInForTest();
  });

  it("asks for the state first, then disks and network, one `only` each", async () => {
    const seen = recordRequests();
    renderWithProviders(<VmPage vmId="8" />);
    expect(await screen.findByRole("heading", { level: 1, name: exampleVm().name })).toBeVisible();
    await screen.findByRole("progressbar", { name: /\/mnt\/vdc1/ });
    await screen.findAllByText("10.99.88.77:9000");
    expect(seen[0]).toEqual({ only: ["state"], at: 0 });
    const later = seen.slice(1).map((request) => request.only);
    expect(later).toEqual(expect.arrayContaining([["disks"], ["network"]]));
    // Disks and network were asked only after the state had answered.
    expect(seen.slice(1).every((request) => request.at === 1)).toBe(true);
  });

  it("keeps the other sections when the disks fail", async () => {
    server.use(
      http.get(`${API}/v1/vms/:vmId`, ({ request }) => {
        const only = new URL(request.url).searchParams.get("only") ?? "";
        if (only === "disks") return HttpResponse.json({ error: "boom" }, { status: 500 });
        return HttpResponse.json(vmPart(exampleVm(), only));
      }),
    );
    renderWithProviders(<VmPage vmId="8" />);
    const disks = await screen.findByRole("region", { name: "Disks" });
    expect(await within(disks).findByRole("alert")).toHaveTextContent(
      "The OpenScaler API had a problem.",
    );
    expect(within(disks).getByRole("button", { name: "Try again" })).toBeVisible();
    expect(screen.getByRole("heading", { level: 1, name: exampleVm().name })).toBeVisible();
    expect((await screen.findAllByText("10.99.88.77:9000")).length).toBeGreaterThan(0);
  });

  it("names the field when a disk arrives without a capacity", async () => {
    server.use(
      http.get(`${API}/v1/vms/:vmId`, ({ request }) => {
        const only = new URL(request.url).searchParams.get("only") ?? "";
        const vm = exampleVm();
        if (only === "disks") {
          return HttpResponse.json({
            ...vmPart(vm, "disks"),
            disks: [{ path: "/", allocationBytes: 1 }],
          });
        }
        return HttpResponse.json(vmPart(vm, only));
      }),
    );
    renderWithProviders(<VmPage vmId="8" />);
    const disks = await screen.findByRole("region", { name: "Disks" });
    expect(await within(disks).findByRole("alert")).toHaveTextContent(
      "The API sent disk 1 without a capacity.",
    );
  });

  it("shows a not-found page that keeps the requested id", async () => {
    renderWithProviders(<VmPage vmId="does-not-exist" />);
    expect(await screen.findByRole("heading", { name: "VM not found" })).toBeVisible();
    expect(screen.getByText("does-not-exist")).toBeVisible();
    expect(screen.getByRole("link", { name: "Back to your VMs" })).toHaveAttribute("href", "/");
  });

  it("shows a no-access page for a 403", async () => {
    server.use(http.get(`${API}/v1/vms/:vmId`, () => HttpResponse.json({}, { status: 403 })));
    renderWithProviders(<VmPage vmId="9" />);
    expect(await screen.findByRole("heading", { name: "No access to this VM" })).toBeVisible();
    expect(screen.getByText("9")).toBeVisible();
  });

  it("puts the VM's name and state in the document title", async () => {
    renderWithProviders(<VmPage vmId="8" />);
    await waitFor(() => {
      expect(document.title).toBe(`${exampleVm().name} · Running · OpenScaler`);
    });
  });

  it("keeps bidirectional controls in the name out of the document title", async () => {
    server.use(
      http.get(`${API}/v1/vms/:vmId`, ({ request }) => {
        const only = new URL(request.url).searchParams.get("only") ?? "";
        return HttpResponse.json(
          vmPart({ ...exampleVm(), name: "invoice-\u202egpj.exe\u2067\u200f" }, only),
        );
      }),
    );
    renderWithProviders(<VmPage vmId="8" />);
    await waitFor(() => {
      expect(document.title).toBe("invoice-gpj.exe · Running · OpenScaler");
    });
  });
});
