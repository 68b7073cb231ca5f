import { describe, expect, it } from "vitest";
import {
  dateTimeFormat,
  graphemeSegmenter,
  numberFormat,
  relativeTimeFormat,
} from "./intl-formats";

describe("Intl formatters made once", () => {
  it("gives back the same formatter for the same locale and options", () => {
    const options = { maximumFractionDigits: 1 };
    expect(numberFormat("en-GB", options)).toBe(numberFormat("en-GB", { ...options }));
    expect(dateTimeFormat("en-GB", { dateStyle: "long" })).toBe(
      dateTimeFormat("en-GB", { dateStyle: "long" }),
    );
    expect(relativeTimeFormat("de", { numeric: "auto" })).toBe(
      relativeTimeFormat("de", { numeric: "auto" }),
    );
    expect(graphemeSegmenter("en")).toBe(graphemeSegmenter("en"));
  });

  it("keeps formatters of other locales and options apart", () => {
    expect(numberFormat("en-GB", { maximumFractionDigits: 1 }).format(1234.56)).toBe("1,234.6");
    expect(numberFormat("de-DE", { maximumFractionDigits: 1 }).format(1234.56)).toBe("1.234,6");
    expect(numberFormat("en-GB", { maximumFractionDigits: 0 }).format(1234.56)).toBe("1,235");
    expect(numberFormat("en-GB", { style: "currency", currency: "EUR" }).format(2)).toBe("€2.00");
    expect(numberFormat("en-GB", { style: "currency", currency: "USD" }).format(2)).toBe("US$2.00");
  });

  it("tells an unset locale from a named one", () => {
    expect(numberFormat(undefined)).not.toBe(numberFormat("en-GB"));
  });
});
