import { render, screen } from "@testing-library/react";
import { ResourceSummary } from "./resource-summary";

/** Nothing on screen reads as a broken value. */
function expectNoBrokenText(container: HTMLElement) {
  expect(container.textContent).not.toMatch(/NaN|Infinity|undefined|\[object Object\]/);
}

/** Each label with the value it describes, as a screen reader pairs them. */
function facts() {
  const terms = screen.getAllByRole("term").map((term) => term.textContent);
  const values = screen.getAllByRole("definition").map((value) => value.textContent);
  return Object.fromEntries(terms.map((term, index) => [term, values[index]]));
}

describe("ResourceSummary", () => {
  it("shows VM 8's size with the API's MB and GB read as binary units", () => {
    const { container } = render(
      <ResourceSummary vcpus={1} memoryMB={2048} storageGB={50} transferGB={2048} />,
    );
    expect(facts()).toEqual({
      vCPUs: "1",
      Memory: "2\u00a0GiB",
      Storage: "50\u00a0GiB",
      Transfer: "2\u00a0TiB per month",
    });
    expectNoBrokenText(container);
  });

  it.each([
    [512, "512\u00a0MiB"],
    [1536, "1.5\u00a0GiB"],
    [65536, "64\u00a0GiB"],
  ])("shows %d MB of memory as %s", (memoryMB, shown) => {
    render(<ResourceSummary vcpus={2} memoryMB={memoryMB} storageGB={10} transferGB={500} />);
    expect(facts()).toMatchObject({ Memory: shown, Transfer: "500\u00a0GiB per month" });
  });

  it("groups a large vCPU count", () => {
    render(<ResourceSummary vcpus={1024} memoryMB={0} storageGB={0} transferGB={0} />);
    expect(facts()).toMatchObject({
      vCPUs: "1,024",
      Memory: "0\u00a0B",
      Storage: "0\u00a0B",
      Transfer: "0\u00a0B per month",
    });
  });

  it("shows a dash for every missing value, with no per-month wording", () => {
    const { container } = render(
      <ResourceSummary
        vcpus={undefined}
        memoryMB={undefined}
        storageGB={undefined}
        transferGB={undefined}
      />,
    );
    expect(facts()).toEqual({ vCPUs: "—", Memory: "—", Storage: "—", Transfer: "—" });
    expectNoBrokenText(container);
  });

  it("keeps every label while loading, with no value yet", () => {
    const { container } = render(
      <ResourceSummary loading vcpus={1} memoryMB={2048} storageGB={50} transferGB={2048} />,
    );
    expect(facts()).toEqual({ vCPUs: "", Memory: "", Storage: "", Transfer: "" });
    expectNoBrokenText(container);
  });
});
