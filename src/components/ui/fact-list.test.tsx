import { render, screen, within } from "@testing-library/react";
import { FactList } from "./fact-list";

/** Nothing on screen reads as a broken value. */
function expectNoBrokenText(container: HTMLElement) {
  expect(container.textContent).not.toMatch(/NaN|Infinity|undefined|\[object Object\]/);
}

describe("FactList", () => {
  it("pairs each label with its value in a description list", () => {
    const { container } = render(
      <FactList
        facts={[
          { label: "Region", value: "alg1" },
          { label: "Size plan", value: "b-1-500mb-10", mono: true },
          { label: "UUID", value: "c8bcdc74-fe5d-11ee-9a99-1e3c3b352c51", wide: true },
        ]}
      />,
    );
    expect(container.querySelector("dl")).not.toBeNull();
    expect(screen.getAllByRole("term").map((term) => term.textContent)).toEqual([
      "Region",
      "Size plan",
      "UUID",
    ]);
    expect(screen.getAllByRole("definition").map((value) => value.textContent)).toEqual([
      "alg1",
      "b-1-500mb-10",
      "c8bcdc74-fe5d-11ee-9a99-1e3c3b352c51",
    ]);
    expectNoBrokenText(container);
  });

  it("renders elements given as values", () => {
    render(
      <FactList
        facts={[{ label: "Docs", value: <a href="https://example.com/">Read the docs</a> }]}
      />,
    );
    const value = screen.getByRole("definition");
    expect(within(value).getByRole("link", { name: "Read the docs" })).toHaveAttribute(
      "href",
      "https://example.com/",
    );
  });

  it.each([2, 3, 4] as const)("shows every fact with %d columns", (columns) => {
    render(
      <FactList
        columns={columns}
        facts={[
          { label: "A", value: "1" },
          { label: "B", value: "2" },
        ]}
      />,
    );
    expect(screen.getAllByRole("definition").map((value) => value.textContent)).toEqual(["1", "2"]);
  });

  it("keeps the labels while loading, but no value", () => {
    const { container } = render(
      <FactList
        loading
        facts={[
          { label: "Region", value: "alg1" },
          { label: "UUID", value: "secret-value", wide: true },
        ]}
      />,
    );
    expect(screen.getAllByRole("term").map((term) => term.textContent)).toEqual(["Region", "UUID"]);
    expect(screen.queryByText("alg1")).not.toBeInTheDocument();
    expect(screen.queryByText("secret-value")).not.toBeInTheDocument();
    expectNoBrokenText(container);
  });

  it("shows markup inside a value as text", () => {
    const hostile = "<img src=x onerror=alert(1)>";
    const { container } = render(<FactList facts={[{ label: "Name", value: hostile }]} />);
    expect(screen.getByText(hostile)).toBeVisible();
    expect(container.querySelector("img")).toBeNull();
  });

  it("renders nothing to read for no facts", () => {
    const { container } = render(<FactList facts={[]} />);
    expect(screen.queryByRole("term")).not.toBeInTheDocument();
    expect(container).toHaveTextContent(/^$/);
  });
});
