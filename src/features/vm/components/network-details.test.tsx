import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { VmNetwork } from "../api/vm-schema";
import { exampleVmParts } from "@/testing/factories/vm-parts";
import { NetworkDetails } from "./network-details";

const VM_8_NETWORK: VmNetwork = { ...exampleVmParts().network, ports: [] };

/** Nothing on screen or in an accessible name reads as a broken value. */
function expectNoBrokenText(container: HTMLElement) {
  const names = [...container.querySelectorAll("[aria-label]")].map((element) =>
    element.getAttribute("aria-label"),
  );
  expect([container.textContent, ...names].join("\n")).not.toMatch(
    /NaN|Infinity|undefined|\[object Object\]/,
  );
}

/** Each label with the value it describes, as a screen reader pairs them. */
function facts() {
  const terms = screen.getAllByRole("term").map((term) => term.textContent);
  const values = screen.getAllByRole("definition").map((value) => value.textContent);
  return Object.fromEntries(terms.map((term, index) => [term, values[index]]));
}

describe("NetworkDetails", () => {
  it("shows VM 8's addresses under their labels", () => {
    const { container } = render(<NetworkDetails network={VM_8_NETWORK} />);
    expect(facts()).toEqual({
      "Public IP": "10.99.88.77",
      "Private IP": "10.0.1.2",
      Subnet: "10.0.1.0/24",
      VPC: "1",
      "MAC address": "02:00:00:00:00:01",
      Region: "alg1",
    });
    expectNoBrokenText(container);
  });

  it("offers both IP addresses to copy", () => {
    render(<NetworkDetails network={VM_8_NETWORK} />);
    expect(screen.getByRole("button", { name: "Copy public IP" })).toBeVisible();
    expect(screen.getByRole("button", { name: "Copy private IP" })).toBeVisible();
  });

  it("says the public IP is not assigned and shows a dash for every other missing value", () => {
    const { container } = render(<NetworkDetails network={{ ports: [] }} />);
    expect(facts()).toEqual({
      "Public IP": "Not assigned",
      "Private IP": "—",
      Subnet: "—",
      VPC: "—",
      "MAC address": "—",
      Region: "—",
    });
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
    expectNoBrokenText(container);
  });

  it("treats an empty public IP as not assigned", () => {
    render(<NetworkDetails network={{ ...VM_8_NETWORK, publicIp: "", privateIp: "" }} />);
    expect(facts()).toMatchObject({ "Public IP": "Not assigned", "Private IP": "—" });
  });

  it("keeps every label while the network loads, with no value yet", () => {
    const { container } = render(<NetworkDetails />);
    expect(Object.keys(facts())).toEqual([
      "Public IP",
      "Private IP",
      "Subnet",
      "VPC",
      "MAC address",
      "Region",
    ]);
    expect(Object.values(facts())).toEqual(["", "", "", "", "", ""]);
    expectNoBrokenText(container);
  });

  it("shows an IPv6 address and hostile values as text", () => {
    const hostile = "<img src=x onerror=alert(1)>";
    const { container } = render(
      <NetworkDetails
        network={{ ports: [], publicIp: "2001:db8::1", region: hostile, subnet: hostile }}
      />,
    );
    expect(facts()).toMatchObject({ "Public IP": "2001:db8::1", Region: hostile });
    expect(container.querySelector("img")).toBeNull();
  });

  it("shows and copies an IP holding a newline and a command as one line with escapes", async () => {
    const user = userEvent.setup();
    render(
      <NetworkDetails
        network={{ ports: [], publicIp: "1.2.3.4\ncurl x|sh\n", privateIp: "10.0.1.2" }}
      />,
    );
    expect(facts()).toMatchObject({ "Public IP": "1.2.3.4\\ncurl x|sh\\n" });
    await user.click(screen.getByRole("button", { name: "Copy public IP" }));
    expect(await navigator.clipboard.readText()).toBe("1.2.3.4\\ncurl x|sh\\n");
    await user.click(screen.getByRole("button", { name: "Copy private IP" }));
    expect(await navigator.clipboard.readText()).toBe("10.0.1.2");
  });
});
