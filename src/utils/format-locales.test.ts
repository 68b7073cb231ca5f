// Numbers, sizes, money and dates in the reader's locale, as Intl writes them
// for English, French and Arabic (Algerian Arabic writes 1,3 as France does).
import { formatBytesIEC } from "./format-bytes";
import { setFormatLocale } from "./format-locale";
import { formatPrice } from "./format-money";
import { formatExactTime, formatRelativeTime } from "./format-time";

// Spaces of every width as one, and bidirectional marks dropped: what a reader sees.
const seen = (shown: string) => shown.replace(/\s/g, " ").replace(/[\u200e\u200f]/g, "");
const NOW = new Date("2026-01-02T03:04:05Z");
const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * 3600_000);

describe.each([
  ["en", "1.3 GiB", "$0.01786", "1,200.00", "3 hours ago", "yesterday"],
  ["fr", "1,3 GiB", "0,01786 $US", "1 200,00", "il y a 3 heures", "hier"],
  ["ar-DZ", "1,3 GiB", "0,01786 US$", "1.200,00", "قبل 3 ساعات", "أمس"],
])("in %s", (locale, bytes, price, dinars, hours, day) => {
  it("writes sizes with the locale's decimal sign, units in IEC", () => {
    expect(seen(formatBytesIEC(1391562197, locale))).toBe(bytes);
  });

  it("writes prices with every digit the API gave, in the locale's currency format", () => {
    expect(seen(formatPrice("0.01786", "USD", locale))).toBe(price);
    expect(seen(formatPrice("1200", "DZD", locale))).toContain(dinars);
  });

  it("writes relative times in the language", () => {
    expect(formatRelativeTime(hoursAgo(3), NOW, locale)).toBe(hours);
    expect(formatRelativeTime(hoursAgo(24), NOW, locale)).toBe(day);
  });

  it("names the month in the language", () => {
    const exact = formatExactTime(NOW, locale, "Africa/Algiers");
    expect(exact).toMatch(locale === "en" ? /January/ : locale === "fr" ? /janvier/ : /جانفي/);
  });
});

describe("without a locale named", () => {
  afterEach(() => {
    setFormatLocale("en");
  });

  it("formats in the reader's locale", () => {
    setFormatLocale("fr");
    expect(seen(formatBytesIEC(1391562197))).toBe("1,3 GiB");
    setFormatLocale("en");
    expect(formatBytesIEC(1391562197)).toBe("1.3\u00a0GiB");
  });
});
