import { render, screen } from "@testing-library/react";
import { formatExactTime } from "@/utils/format-time";
import type { VmBasics } from "../api/vm-schema";
import { exampleVmParts } from "@/testing/factories/vm-parts";
import { VmFacts } from "./vm-facts";

// Updated later than created, so the two times differ on screen.
const VM_8: VmBasics = { ...exampleVmParts().basics, updatedAt: "2025-11-28T09:30:00" };

const LABELS = [
  "ID",
  "UUID",
  "Region",
  "Distribution",
  "Size plan",
  "Node type",
  "Project",
  "Owner",
  "Created",
  "Updated",
];

/** Nothing on screen or in an accessible name reads as a broken value. */
function expectNoBrokenText(container: HTMLElement) {
  const attributes = [...container.querySelectorAll("*")].flatMap((element) =>
    ["aria-label", "title", "datetime"].map((name) => element.getAttribute(name)),
  );
  expect([container.textContent, ...attributes].join("\n")).not.toMatch(
    /NaN|Infinity|undefined|Invalid Date|\[object Object\]/,
  );
}

/** The value element for each label, as a screen reader pairs them. */
function facts(): Record<string, HTMLElement> {
  const terms = screen.getAllByRole("term");
  const values = screen.getAllByRole("definition");
  return Object.fromEntries(
    terms.map((term, index) => [term.textContent, values[index] as HTMLElement]),
  );
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-11-28T12:00:00Z"));
});

afterEach(() => {
  vi.useRealTimers();
});

describe("VmFacts", () => {
  it("lists every fact under its label, in order", () => {
    render(<VmFacts basics={VM_8} />);
    expect(screen.getAllByRole("term").map((term) => term.textContent)).toEqual(LABELS);
  });

  it("shows VM 8's identity and origin", () => {
    const { container } = render(<VmFacts basics={VM_8} />);
    const shown = facts();
    expect(shown.ID).toHaveTextContent(/^8$/);
    expect(shown.UUID).toHaveTextContent("c8bcdc74-fe5d-11ee-9a99-1e3c3b352c51");
    expect(shown.Region).toHaveTextContent(/^alg1$/);
    expect(shown.Distribution).toHaveTextContent(/^debian-13$/);
    expect(shown["Size plan"]).toHaveTextContent(/^b-1-500mb-10$/);
    expect(shown["Node type"]).toHaveTextContent(/^VM$/);
    expect(shown.Project).toHaveTextContent(/^default$/);
    expect(shown.Owner).toHaveTextContent("7247ba6a-b17d-4c72-94f1-a36108aee56d");
    expectNoBrokenText(container);
  });

  it("offers the id and the UUID to copy", () => {
    render(<VmFacts basics={VM_8} />);
    expect(screen.getByRole("button", { name: "Copy VM id" })).toBeVisible();
    expect(screen.getByRole("button", { name: "Copy UUID" })).toBeVisible();
  });

  it("shows when the VM was created and updated relative to now, with the exact UTC time", () => {
    render(<VmFacts basics={VM_8} />);
    const created = screen.getByText("3 years ago");
    const updated = screen.getByText("last year");
    expect(facts().Created).toContainElement(created);
    expect(facts().Updated).toContainElement(updated);
    expect(created.tagName).toBe("TIME");
    expect(created).toHaveAttribute("dateTime", "2024-04-19T15:02:04.000Z");
    expect(updated).toHaveAttribute("dateTime", "2025-11-28T09:30:00.000Z");
    expect(created).toHaveAttribute("title", formatExactTime(new Date("2024-04-19T15:02:04Z")));
  });

  it("shows a dash for every missing value", () => {
    const { container } = render(<VmFacts basics={{ id: "8", name: "bare" }} />);
    const shown = facts();
    for (const label of LABELS.filter((label) => label !== "ID")) {
      expect(shown[label]).toHaveTextContent(/^—$/);
    }
    expect(container.querySelector("time")).toBeNull();
    expectNoBrokenText(container);
  });

  it("shows a dash for timestamps it cannot read", () => {
    render(<VmFacts basics={{ ...VM_8, createdAt: "soon", updatedAt: "" }} />);
    expect(facts().Created).toHaveTextContent(/^—$/);
    expect(facts().Updated).toHaveTextContent(/^—$/);
  });

  it("keeps every label while loading, with no value yet", () => {
    const { container } = render(<VmFacts />);
    expect(screen.getAllByRole("term").map((term) => term.textContent)).toEqual(LABELS);
    for (const value of screen.getAllByRole("definition")) expect(value).toHaveTextContent(/^$/);
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
    expectNoBrokenText(container);
  });
});
