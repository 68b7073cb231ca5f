import { render, screen } from "@testing-library/react";
import { exampleVmParts } from "@/testing/factories/vm-parts";
import { PricingCards } from "./pricing-cards";

const VM_8_PRICING = exampleVmParts().pricing;

describe("PricingCards", () => {
  it("keeps the precision the API gave", () => {
    render(<PricingCards pricing={VM_8_PRICING} currency="USD" />);
    expect(screen.getByText("Per hour").nextSibling).toHaveTextContent("$0.01786");
    expect(screen.getByText("Per month").nextSibling).toHaveTextContent("$12.00");
    expect(screen.getByText("Prices in USD, as the API states them.")).toBeVisible();
  });

  it("shows prices that arrived as strings with all their digits", () => {
    render(<PricingCards pricing={{ hourly: "0.00208", monthly: "1.40" }} currency="USD" />);
    expect(screen.getByText("$0.00208")).toBeVisible();
    expect(screen.getByText("$1.40")).toBeVisible();
  });
});

/** Nothing on screen reads as a broken value. */
function expectNoBrokenText(container: HTMLElement) {
  expect(container.textContent).not.toMatch(/NaN|Infinity|undefined|\[object Object\]/);
}

/** Each label with the value it describes, as a screen reader pairs them. */
function pairs() {
  const terms = screen.getAllByRole("term").map((term) => term.textContent);
  const values = screen.getAllByRole("definition").map((value) => value.textContent);
  return terms.map((term, index) => [term, values[index]]);
}

describe("PricingCards for VM 8", () => {
  it("pairs each label with its price", () => {
    const { container } = render(<PricingCards pricing={VM_8_PRICING} currency="USD" />);
    expect(pairs()).toEqual([
      ["Per hour", "$0.01786"],
      ["Per month", "$12.00"],
    ]);
    expectNoBrokenText(container);
  });

  it.each([
    ["0.1", "$0.10"],
    ["1.40", "$1.40"],
    ["0.00208", "$0.00208"],
    ["0", "$0.00"],
    ["0.12345678901234567890", "$0.12345678901234567890"],
  ])("shows the hourly price %s as %s", (hourly, shown) => {
    render(<PricingCards pricing={{ hourly, monthly: "12" }} currency="USD" />);
    expect(pairs()[0]).toEqual(["Per hour", shown]);
  });

  it("names the currency the prices are in", () => {
    render(<PricingCards pricing={{ hourly: "2", monthly: "1500" }} currency="JPY" />);
    expect(screen.getByText("Prices in JPY, as the API states them.")).toBeVisible();
    expect(pairs()).toEqual([
      ["Per hour", "¥2"],
      ["Per month", "¥1,500"],
    ]);
  });

  it("keeps the labels and the currency note while prices load, with no value yet", () => {
    const { container } = render(<PricingCards pricing={undefined} currency="USD" />);
    expect(pairs()).toEqual([
      ["Per hour", ""],
      ["Per month", ""],
    ]);
    expect(screen.getByText("Prices in USD, as the API states them.")).toBeVisible();
    expect(container).not.toHaveTextContent("$");
    expectNoBrokenText(container);
  });
});
