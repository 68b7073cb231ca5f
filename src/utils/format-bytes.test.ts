import { formatBytesIEC, formatGibibytes, formatMebibytes } from "./format-bytes";

const KiB = 1024;
const MiB = 1024 ** 2;
const GiB = 1024 ** 3;
const TiB = 1024 ** 4;
const PiB = 1024 ** 5;
const EiB = 1024 ** 6;

/** A size is shown as digits and a unit, never as a broken number. */
function expectReadableSize(shown: string) {
  expect(shown).not.toMatch(/NaN|Infinity|undefined|\[object Object\]|e\+/);
}

describe("formatBytesIEC", () => {
  it.each([
    [0, "0 B"],
    [1, "1 B"],
    [1023, "1,023 B"],
    [1024, "1 KiB"],
    [1536, "1.5 KiB"],
    [10 * KiB, "10 KiB"],
    [MiB, "1 MiB"],
    [1391562197, "1.3 GiB"],
    [4486426928, "4.2 GiB"],
    [5368709120, "5 GiB"],
    [53687091200, "50 GiB"],
    [TiB, "1 TiB"],
    [2 * TiB, "2 TiB"],
    [PiB, "1 PiB"],
    [Number.MAX_SAFE_INTEGER, "8 PiB"],
    [EiB, "1 EiB"],
    [1.5 * EiB, "1.5 EiB"],
    [1024 * EiB, "1,024 EiB"],
  ])("shows %d bytes as %s", (bytes, expected) => {
    expect(formatBytesIEC(bytes, "en-US")).toBe(expected);
  });

  it("keeps one decimal below ten of a unit and none from ten up", () => {
    expect(formatBytesIEC(9.94 * GiB, "en-US")).toBe("9.9 GiB");
    expect(formatBytesIEC(12.4 * GiB, "en-US")).toBe("12 GiB");
    expect(formatBytesIEC(512.6 * MiB, "en-US")).toBe("513 MiB");
  });

  it("stays in exbibytes beyond them, whatever the size", () => {
    const shown = formatBytesIEC(Number.MAX_VALUE, "en-US");
    expect(shown).toMatch(/^[\d,]+ EiB$/);
    expectReadableSize(shown);
  });

  it.each([
    -1,
    -GiB,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    null,
    undefined,
  ])("shows %s as —", (bytes) => {
    expect(formatBytesIEC(bytes, "en-US")).toBe("—");
    expect(formatBytesIEC(bytes, "en-US")).toBe("—");
  });

  it("follows the reader's locale", () => {
    expect(formatBytesIEC(1391562197, "de-DE")).toBe("1,3 GiB");
    expect(formatBytesIEC(1023, "de-DE")).toBe("1.023 B");
  });

  it("gives a readable size for every power of two", () => {
    for (let exponent = 0; exponent <= 80; exponent += 1) {
      const shown = formatBytesIEC(2 ** exponent, "en-US");
      expect(shown).toMatch(/^[\d,.]+ (B|KiB|MiB|GiB|TiB|PiB|EiB)$/);
      expectReadableSize(shown);
    }
  });
});

describe("formatMebibytes", () => {
  it.each([
    [2048, "2 GiB"],
    [512, "512 MiB"],
    [1, "1 MiB"],
    [0, "0 B"],
    [1536, "1.5 GiB"],
  ])("reads memoryMB %d as %s", (mebibytes, expected) => {
    expect(formatMebibytes(mebibytes, "en-US")).toBe(expected);
  });

  it.each([null, undefined, Number.NaN, -1])("shows %s as —", (mebibytes) => {
    expect(formatMebibytes(mebibytes, "en-US")).toBe("—");
  });
});

describe("formatGibibytes", () => {
  it.each([
    [50, "50 GiB"],
    [10, "10 GiB"],
    [2048, "2 TiB"],
    [0.5, "512 MiB"],
  ])("reads storageGB %d as %s", (gibibytes, expected) => {
    expect(formatGibibytes(gibibytes, "en-US")).toBe(expected);
  });

  it("shows VM 8's 50 GB storage as exactly its main disk's capacity", () => {
    expect(formatGibibytes(50, "en-US")).toBe(formatBytesIEC(53687091200, "en-US"));
  });

  it.each([null, undefined, Number.NaN, Number.POSITIVE_INFINITY, -5])("shows %s as —", (gib) => {
    expect(formatGibibytes(gib, "en-US")).toBe("—");
  });
});
