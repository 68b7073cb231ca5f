import { render, screen } from "@testing-library/react";
import type { VmDisk } from "../api/vm-schema";
import { DiskUsageBar } from "./disk-usage-bar";
import { DiskList } from "./disk-list";
import { exampleVmParts } from "@/testing/factories/vm-parts";

const GiB = 1024 ** 3;
const [VM_8_MAIN, VM_8_DATA] = exampleVmParts().disks as [VmDisk, VmDisk];
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
    render(<DiskUsageBar disk={VM_8_MAIN} />);
    const bar = screen.getByRole("progressbar", { name: "Disk / (vda) allocation" });
    expect(bar).toHaveAttribute("aria-valuenow", "3");
    expect(bar).toHaveAttribute("aria-valuemin", "0");
    expect(bar).toHaveAttribute("aria-valuemax", "100");
    expect(bar).toHaveAttribute("aria-valuetext", "2.6\u00a0% allocated");
    expect(screen.getByText("Main disk")).toBeVisible();
    expect(screen.getByText(/1\.3 GiB allocated of 50 GiB/)).toBeVisible();
  });

  it.each([
    [7.99, "ok", "79.9\u00a0%"],
    [8, "warning", "80.0\u00a0%"],
    [8.99, "warning", "89.9\u00a0%"],
    [9, "critical", "90.0\u00a0%"],
  ])("colours %s GiB of 10 GiB as %s, with the number in words", (allocated, level, percent) => {
    render(<DiskUsageBar disk={disk({ allocationBytes: allocated * GiB })} />);
    const bar = screen.getByRole("progressbar");
    expect(bar).toHaveAttribute("data-level", level);
    expect(bar).toHaveAttribute("aria-valuetext", `${percent} allocated`);
  });

  it("clamps an over-allocated disk at 100 % and says so", () => {
    const { container } = render(<DiskUsageBar disk={disk({ allocationBytes: 15 * GiB })} />);
    const bar = screen.getByRole("progressbar");
    expect(bar).toHaveAttribute("aria-valuenow", "100");
    expect(bar).toHaveAttribute("aria-valuetext", "150.0\u00a0% allocated, over-allocated");
    expect(screen.getByText("over-allocated")).toBeVisible();
    expect(container.querySelector("rect")).toHaveAttribute("width", "100.00%");
  });

  it("never shows NaN, Infinity or undefined for a zero capacity", () => {
    const { container } = render(
      <DiskUsageBar disk={disk({ capacityBytes: 0, path: undefined, targetDevice: undefined })} />,
    );
    const bar = screen.getByRole("progressbar", { name: "Disk allocation" });
    expect(bar).not.toHaveAttribute("aria-valuenow");
    expect(bar).toHaveAttribute("aria-valuetext", "1\u00a0GiB allocated, capacity unknown");
    expect(screen.getByText(/capacity unknown/)).toBeVisible();
    expectNoBrokenNumbers(container);
  });
});

describe("DiskList", () => {
  it("names a disk with neither path nor device by its place, not as “Disk Disk”", () => {
    render(
      <DiskList
        disks={[
          disk({ isMain: true, path: "/", targetDevice: "vda" }),
          disk({ isMain: false, path: undefined, targetDevice: undefined }),
        ]}
      />,
    );
    expect(screen.getByRole("progressbar", { name: "Disk 2 allocation" })).toBeVisible();
    expect(screen.queryByRole("progressbar", { name: /Disk Disk/ })).not.toBeInTheDocument();
  });

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

/** Nothing on screen or in an accessible name reads as a broken value. */
function expectNoBrokenText(container: HTMLElement) {
  const attributes = [...container.querySelectorAll("*")].flatMap((element) =>
    ["aria-label", "aria-valuetext", "aria-valuenow", "title", "width"].map((name) =>
      element.getAttribute(name),
    ),
  );
  const all = [container.textContent, ...attributes].join("\n");
  expect(all).not.toMatch(/NaN|Infinity|undefined|\[object Object\]/);
}

describe("DiskUsageBar with VM 8's disks", () => {
  it("names the main disk and says how much of it is allocated", () => {
    const { container } = render(<DiskUsageBar disk={VM_8_MAIN} />);
    expect(screen.getByText("/")).toBeVisible();
    expect(screen.getByText("vda")).toBeVisible();
    expect(screen.getByText("Main disk")).toBeVisible();
    expect(screen.getByText("2.6 %")).toBeVisible();
    expect(container).toHaveTextContent("1.3 GiB allocated of 50 GiB · 2.6 %");
    expectNoBrokenText(container);
  });

  it("shows the second disk at 83.6 %, without the main-disk mark", () => {
    const { container } = render(<DiskUsageBar disk={VM_8_DATA} />);
    const bar = screen.getByRole("progressbar", { name: "Disk /mnt/vdc1 (vdc) allocation" });
    expect(bar).toHaveAttribute("aria-valuenow", "84");
    expect(bar).toHaveAttribute("aria-valuemin", "0");
    expect(bar).toHaveAttribute("aria-valuemax", "100");
    expect(bar).toHaveAttribute("aria-valuetext", "83.6\u00a0% allocated");
    expect(container).toHaveTextContent("4.2 GiB allocated of 5 GiB · 83.6 %");
    expect(screen.queryByText("Main disk")).not.toBeInTheDocument();
    expect(screen.queryByText("over-allocated")).not.toBeInTheDocument();
  });
});

describe("DiskUsageBar thresholds", () => {
  it.each([
    [7.99, "79.9\u00a0%", "80"],
    [8, "80.0\u00a0%", "80"],
    [8.5, "85.0\u00a0%", "85"],
    [9, "90.0\u00a0%", "90"],
    [10, "100.0\u00a0%", "100"],
  ])("says %s GiB of 10 GiB in words: %s", (allocated, label, valueNow) => {
    const { container } = render(
      <DiskUsageBar disk={disk({ allocationBytes: allocated * GiB })} />,
    );
    const bar = screen.getByRole("progressbar");
    expect(bar).toHaveAttribute("aria-valuenow", valueNow);
    expect(bar).toHaveAttribute("aria-valuetext", `${label} allocated`);
    // Testing Library reads text with its spaces made plain; the attribute keeps U+00A0.
    expect(screen.getByText(label.replace("\u00a0", " "))).toBeVisible();
    expect(screen.queryByText("over-allocated")).not.toBeInTheDocument();
    expectNoBrokenText(container);
  });

  it("draws the bar as long as the share allocated", () => {
    const { container } = render(<DiskUsageBar disk={disk({ allocationBytes: 2.5 * GiB })} />);
    expect(container.querySelector("rect")).toHaveAttribute("width", "25.00%");
  });
});

describe("DiskUsageBar in unusual cases", () => {
  it("says over-allocated in words and to screen readers", () => {
    const { container } = render(
      <DiskUsageBar disk={disk({ capacityBytes: 5 * GiB, allocationBytes: 6 * GiB })} />,
    );
    expect(screen.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "100");
    expect(screen.getByRole("progressbar")).toHaveAttribute(
      "aria-valuetext",
      "120.0\u00a0% allocated, over-allocated",
    );
    expect(container).toHaveTextContent("6 GiB allocated of 5 GiB · 120.0 %over-allocated");
    expectNoBrokenText(container);
  });

  it.each([
    ["zero", 0],
    ["NaN", Number.NaN],
    ["infinite", Number.POSITIVE_INFINITY],
  ])("says capacity unknown for a %s capacity, with no number on the bar", (_, capacity) => {
    const { container } = render(
      <DiskUsageBar disk={disk({ capacityBytes: capacity, allocationBytes: 3 * GiB })} />,
    );
    const bar = screen.getByRole("progressbar");
    expect(bar).not.toHaveAttribute("aria-valuenow");
    expect(bar).toHaveAttribute("aria-valuetext", "3\u00a0GiB allocated, capacity unknown");
    expect(container).toHaveTextContent("3 GiB allocated · capacity unknown");
    expect(container).not.toHaveTextContent("%");
    expect(container.querySelector("rect")).toHaveAttribute("width", "0.00%");
    expectNoBrokenText(container);
  });

  it("shows a dash for a disk with no path and names it by its device", () => {
    const { container } = render(<DiskUsageBar disk={disk({ path: undefined })} />);
    expect(screen.getByText("—")).toBeVisible();
    expect(screen.getByText("vdb")).toBeVisible();
    expect(screen.getByRole("progressbar", { name: /\(vdb\) allocation$/ })).toBeInTheDocument();
    expectNoBrokenText(container);
  });

  it("names a disk with no device by its path alone", () => {
    const { container } = render(<DiskUsageBar disk={disk({ targetDevice: undefined })} />);
    expect(screen.getByRole("progressbar", { name: "Disk /data allocation" })).toBeInTheDocument();
    expectNoBrokenText(container);
  });

  it("shows an empty disk as 0 B allocated", () => {
    const { container } = render(<DiskUsageBar disk={disk({ allocationBytes: 0 })} />);
    expect(container).toHaveTextContent("0 B allocated of 10 GiB · 0.0 %");
    expect(screen.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "0");
  });

  it("shows a hostile path as text", () => {
    const path = '/mnt/<script>alert(1)</script>"><img src=x>';
    const { container } = render(<DiskUsageBar disk={disk({ path })} />);
    expect(screen.getByText(path)).toBeVisible();
    expect(container.querySelector("script, img")).toBeNull();
  });
});
