import { render, screen, within } from "@testing-library/react";
import { PortMappingTable, webLink } from "./port-mapping-table";

const VM_8_PORTS = [
  { publicPort: 9000, internalPort: 22, description: "SSH port for VM 8 (internal port 22)" },
  { publicPort: 9001, internalPort: 80, description: "HTTP port for VM 8 (internal port 80)" },
  { publicPort: 9002, internalPort: 443, description: "HTTPS port for VM 8 (internal port 443)" },
];

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
    expect(screen.getByText("Showing 50 of 250 port mappings.")).toBeVisible();
    expect(screen.getByRole("button", { name: "Show 50 more" })).toBeVisible();
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
