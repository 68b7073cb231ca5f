import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { VmDisk } from "../api/vm-schema";
import { exampleVmParts } from "@/testing/factories/vm-parts";
import { DiskList } from "./disk-list";

const GiB = 1024 ** 3;

const [VM_8_MAIN, VM_8_DATA] = exampleVmParts().disks as [VmDisk, VmDisk];

/** Nothing on screen or in an accessible name reads as a broken value. */
function expectNoBrokenText(container: HTMLElement) {
  const attributes = [...container.querySelectorAll("*")].flatMap((element) =>
    ["aria-label", "aria-valuetext", "aria-valuenow", "title"].map((name) =>
      element.getAttribute(name),
    ),
  );
  const all = [container.textContent, ...attributes].join("\n");
  expect(all).not.toMatch(/NaN|Infinity|undefined|\[object Object\]/);
}

const barNames = () =>
  screen.getAllByRole("progressbar").map((bar) => bar.getAttribute("aria-label"));

describe("DiskList", () => {
  it("shows VM 8's two disks, the main one first, and explains what allocated means", () => {
    const { container } = render(<DiskList disks={[VM_8_MAIN, VM_8_DATA]} />);
    expect(barNames()).toEqual(["Disk / (vda) allocation", "Disk /mnt/vdc1 (vdc) allocation"]);
    expect(screen.getAllByRole("listitem")).toHaveLength(2);
    expect(screen.getByText(/space the disk image takes on the host/)).toBeVisible();
    expect(screen.getAllByText("Main disk")).toHaveLength(1);
    expectNoBrokenText(container);
  });

  it("puts the main disk first when the API lists it last", () => {
    render(<DiskList disks={[VM_8_DATA, VM_8_MAIN]} />);
    expect(barNames()).toEqual(["Disk / (vda) allocation", "Disk /mnt/vdc1 (vdc) allocation"]);
  });

  it("keeps the API's order for the other disks", () => {
    const other = (path: string): VmDisk => ({ ...VM_8_DATA, path, targetDevice: undefined });
    render(<DiskList disks={[other("/c"), other("/a"), VM_8_MAIN, other("/b")]} />);
    expect(barNames()).toEqual([
      "Disk / (vda) allocation",
      "Disk /c allocation",
      "Disk /a allocation",
      "Disk /b allocation",
    ]);
  });

  it("says plainly when there are no disks", () => {
    render(<DiskList disks={[]} />);
    expect(screen.getByText("This VM has no disks attached.")).toBeVisible();
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    expect(screen.queryByRole("list")).not.toBeInTheDocument();
  });

  it("shows disks that share a path and device each once", () => {
    render(<DiskList disks={[VM_8_DATA, VM_8_DATA, VM_8_DATA]} />);
    expect(screen.getAllByRole("progressbar")).toHaveLength(3);
  });

  it("renders 1,000 disks, 25 at first and all on request", async () => {
    const user = userEvent.setup();
    const disks = Array.from({ length: 1000 }, (_, index): VmDisk => ({
      isMain: index === 999,
      capacityBytes: 10 * GiB,
      allocationBytes: (index % 11) * GiB,
      path: `/mnt/disk${String(index)}`,
      targetDevice: `vd${String(index)}`,
    }));
    const { container } = render(<DiskList disks={disks} />);
    // hidden: true skips the style checks, which take seconds on 1,000 bars.
    const bars = () => screen.getAllByRole("progressbar", { hidden: true });
    expect(bars()).toHaveLength(25);
    expect(bars()[0]).toHaveAccessibleName("Disk /mnt/disk999 (vd999) allocation");
    expect(screen.getByText("Showing 25 of 1,000 disks.")).toBeVisible();

    await user.click(screen.getByRole("button", { name: "Show all" }));
    expect(bars()).toHaveLength(1000);
    expect(bars()[999]).toHaveAccessibleName("Disk /mnt/disk998 (vd998) allocation");
    expect(screen.queryByText(/^Showing/)).not.toBeInTheDocument();
    expectNoBrokenText(container);
  });
});
