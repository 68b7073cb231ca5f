import { chooseLocale, directionOf, formatLocaleFor } from "./language";

describe("the reader's language", () => {
  it("is the one chosen on this device", () => {
    expect(chooseLocale("ar", ["fr-FR", "en"])).toBe("ar");
  });

  it("is else the first of the browser's languages the dashboard speaks", () => {
    expect(chooseLocale(null, ["de-DE", "fr-DZ", "ar"])).toBe("fr");
    expect(chooseLocale(null, ["ar-DZ", "fr"])).toBe("ar");
  });

  it("is English when nothing else fits, or the stored choice is unknown", () => {
    expect(chooseLocale(null, ["de", "es"])).toBe("en");
    expect(chooseLocale("klingon", [])).toBe("en");
  });

  it("sets the direction: Arabic right to left, the others left to right", () => {
    expect(directionOf("ar")).toBe("rtl");
    expect(directionOf("fr")).toBe("ltr");
    expect(directionOf("en-XA")).toBe("ltr");
  });

  it("formats in the reader's regional variant of the language, else the language", () => {
    expect(formatLocaleFor("ar", ["fr-FR", "ar-DZ"])).toBe("ar-DZ");
    expect(formatLocaleFor("fr", ["en-GB"])).toBe("fr");
    expect(formatLocaleFor("en-XA", ["fr"])).toBe("en");
  });
});
