import { formatPrice } from "./format-money";

describe("formatPrice", () => {
  it.each([
    ["0.01786", "$0.01786"],
    ["12", "$12.00"],
    ["0.00208", "$0.00208"],
    ["1.40", "$1.40"],
    ["0.1", "$0.10"],
    ["0", "$0.00"],
    ["1234567.891", "$1,234,567.891"],
  ])("shows %s US dollars as %s in en-US", (price, expected) => {
    expect(formatPrice(price, "USD", "en-US")).toBe(expected);
  });

  it("follows a German reader's locale, with a non-breaking space before the sign", () => {
    expect(formatPrice("0.01786", "USD", "de-DE")).toBe("0,01786\u00a0$");
    expect(formatPrice("12", "USD", "de-DE")).toBe("12,00\u00a0$");
    expect(formatPrice("12", "EUR", "de-DE")).toBe("12,00\u00a0€");
  });

  it("uses the currency's own minor digits", () => {
    expect(formatPrice("1500", "JPY", "en-US")).toBe("¥1,500");
    expect(formatPrice("12", "JPY", "en-US")).toBe("¥12");
    expect(formatPrice("0.1", "KWD", "en-US")).toBe("KWD\u00a00.100");
  });

  it("keeps the digits the API gave beyond a currency's minor digits", () => {
    expect(formatPrice("1500.5", "JPY", "en-US")).toBe("¥1,500.5");
  });

  it("keeps all 20 decimals of a long decimal string", () => {
    expect(formatPrice("0.12345678901234567890", "USD", "en-US")).toBe("$0.12345678901234567890");
    // Binary floating point would print 0.3 here.
    expect(formatPrice("0.30000000000000000001", "USD", "en-US")).toBe("$0.30000000000000000001");
  });

  it("keeps integers beyond floating point's exact range", () => {
    expect(formatPrice("9007199254740993", "USD", "en-US")).toBe("$9,007,199,254,740,993.00");
  });

  it("rounds at 20 decimals, the most Intl can show", () => {
    expect(formatPrice("0.123456789012345678901", "USD", "en-US")).toBe("$0.12345678901234567890");
  });
});
