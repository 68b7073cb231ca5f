import { render, screen } from "@testing-library/react";
import type { VmDisk } from "../api/vm-schema";
import { DiskUsageBar } from "./disk-usage-bar";
import { DiskList } from "./disk-list";

const GiB = 1024 ** 3;
const disk = (overrides: Partial<VmDisk> = {}): VmDisk => ({
  isMain: false,
  capacityBytes: 10 * GiB,
  allocationBytes: 1 * GiB,
  path: "/data",
  targetDevice: "vdb",
  ...overrides,
});

function expectNoBrokenNumbers(container: HTMLElement) {
  expect(container.textContent).not.toMatch(/NaN|Infinity|undefined/);
}

describe("DiskUsageBar", () => {
  it("shows VM 8's main disk as 2.6 % allocated", () => {
    render(
      <DiskUsageBar
        disk={{
          isMain: true,
          capacityBytes: 53687091200,
          allocationBytes: 1391562197,
          path: "/",
          targetDevice: "vda",
        }}
      />,
    );
    const bar = screen.getByRole("progressbar", { name: "Disk / (vda) allocation" });
    expect(bar).toHaveAttribute("aria-valuenow", "3");
    expect(bar).toHaveAttribute("aria-valuemin", "0");
    expect(bar).toHaveAttribute("aria-valuemax", "100");
    expect(bar).toHaveAttribute("aria-valuetext", "2.6 % allocated");
    expect(screen.getByText("Main disk")).toBeVisible();
    expect(screen.getByText(/1\.3 GiB allocated of 50 GiB/)).toBeVisible();
  });

  it.each([
    [7.99, "ok"],
    [8, "warning"],
    [8.99, "warning"],
    [9, "critical"],
  ])("colours %s GiB of 10 GiB as %s, with the number in words", (allocated, level) => {
    const { container } = render(
      <DiskUsageBar disk={disk({ allocationBytes: allocated * GiB })} />,
    );
    const fill = container.querySelector("rect");
    const expected = { ok: "fill-sky-600", warning: "fill-amber-500", critical: "fill-red-600" }[
      level
    ];
    expect(fill?.getAttribute("class")).toContain(expected);
  });

  it("clamps an over-allocated disk at 100 % and says so", () => {
    const { container } = render(<DiskUsageBar disk={disk({ allocationBytes: 15 * GiB })} />);
    const bar = screen.getByRole("progressbar");
    expect(bar).toHaveAttribute("aria-valuenow", "100");
    expect(bar).toHaveAttribute("aria-valuetext", "150.0 % allocated, over-allocated");
    expect(screen.getByText("over-allocated")).toBeVisible();
    expect(container.querySelector("rect")).toHaveAttribute("width", "100.00%");
  });

  it("never shows NaN, Infinity or undefined for a zero capacity", () => {
    const { container } = render(
      <DiskUsageBar disk={disk({ capacityBytes: 0, path: undefined, targetDevice: undefined })} />,
    );
    const bar = screen.getByRole("progressbar", { name: "Disk Disk allocation" });
    expect(bar).not.toHaveAttribute("aria-valuenow");
    expect(bar).toHaveAttribute("aria-valuetext", "1 GiB allocated, capacity unknown");
    expect(screen.getByText(/capacity unknown/)).toBeVisible();
    expectNoBrokenNumbers(container);
  });
});

describe("DiskList", () => {
  it("puts the main disk first, whatever the API's order", () => {
    render(
      <DiskList
        disks={[
          disk({ path: "/b" }),
          disk({ path: "/", isMain: true, targetDevice: "vda" }),
          disk({ path: "/c" }),
        ]}
      />,
    );
    const names = screen.getAllByRole("progressbar").map((bar) => bar.getAttribute("aria-label"));
    expect(names[0]).toBe("Disk / (vda) allocation");
  });

  it("says plainly when there are no disks", () => {
    render(<DiskList disks={[]} />);
    expect(screen.getByText("This VM has no disks attached.")).toBeVisible();
  });
});
