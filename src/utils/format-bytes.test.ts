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
    [0, "0\u00a0B"],
    [1, "1\u00a0B"],
    [1023, "1,023\u00a0B"],
    [1024, "1\u00a0KiB"],
    [1536, "1.5\u00a0KiB"],
    [10 * KiB, "10\u00a0KiB"],
    [MiB, "1\u00a0MiB"],
    [1391562197, "1.3\u00a0GiB"],
    [4486426928, "4.2\u00a0GiB"],
    [5368709120, "5\u00a0GiB"],
    [53687091200, "50\u00a0GiB"],
    [TiB, "1\u00a0TiB"],
    [2 * TiB, "2\u00a0TiB"],
    [PiB, "1\u00a0PiB"],
    [Number.MAX_SAFE_INTEGER, "8\u00a0PiB"],
    [EiB, "1\u00a0EiB"],
    [1.5 * EiB, "1.5\u00a0EiB"],
    [1024 * EiB, "1,024\u00a0EiB"],
  ])("shows %d bytes as %s", (bytes, expected) => {
    expect(formatBytesIEC(bytes, "en-US")).toBe(expected);
  });

  it("keeps one decimal below ten of a unit and none from ten up", () => {
    expect(formatBytesIEC(9.94 * GiB, "en-US")).toBe("9.9\u00a0GiB");
    expect(formatBytesIEC(12.4 * GiB, "en-US")).toBe("12\u00a0GiB");
    expect(formatBytesIEC(512.6 * MiB, "en-US")).toBe("513\u00a0MiB");
  });

  it("stays in exbibytes beyond them, whatever the size", () => {
    const shown = formatBytesIEC(Number.MAX_VALUE, "en-US");
    expect(shown).toMatch(/^[\d,]+\u00a0EiB$/);
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
    expect(formatBytesIEC(1391562197, "de-DE")).toBe("1,3\u00a0GiB");
    expect(formatBytesIEC(1023, "de-DE")).toBe("1.023\u00a0B");
  });

  it("gives a readable size for every power of two", () => {
    for (let exponent = 0; exponent <= 80; exponent += 1) {
      const shown = formatBytesIEC(2 ** exponent, "en-US");
      expect(shown).toMatch(/^[\d,.]+\u00a0(B|KiB|MiB|GiB|TiB|PiB|EiB)$/);
      expectReadableSize(shown);
    }
  });
});

describe("formatMebibytes", () => {
  it.each([
    [2048, "2\u00a0GiB"],
    [512, "512\u00a0MiB"],
    [1, "1\u00a0MiB"],
    [0, "0\u00a0B"],
    [1536, "1.5\u00a0GiB"],
  ])("reads memoryMB %d as %s", (mebibytes, expected) => {
    expect(formatMebibytes(mebibytes, "en-US")).toBe(expected);
  });

  it.each([null, undefined, Number.NaN, -1])("shows %s as —", (mebibytes) => {
    expect(formatMebibytes(mebibytes, "en-US")).toBe("—");
  });
});

describe("formatGibibytes", () => {
  it.each([
    [50, "50\u00a0GiB"],
    [10, "10\u00a0GiB"],
    [2048, "2\u00a0TiB"],
    [0.5, "512\u00a0MiB"],
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
