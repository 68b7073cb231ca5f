import { render, screen } from "@testing-library/react";
import { PricingCards } from "./pricing-cards";

describe("PricingCards", () => {
  it("keeps the precision the API gave", () => {
    render(<PricingCards pricing={{ hourly: "0.01786", monthly: "12" }} currency="USD" />);
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
