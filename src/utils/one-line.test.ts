import { oneLine, plainLine } from "./one-line";

describe("oneLine", () => {
  it.each([
    ["plain", "plain"],
    ["a\nb", "a\\nb"],
    ["a\tb", "a\\tb"],
    ["\u0000", "\\u0000"],
    ["\u007f\u009f", "\\u007F\\u009F"],
    ["\u202eevil", "\\u202Eevil"],
    ["a\u200eb\u200fc\u061cd", "a\\u200Eb\\u200Fc\\u061Cd"],
    ["\u2066x\u2069\u202a\u202b\u202c\u202d", "\\u2066x\\u2069\\u202A\\u202B\\u202C\\u202D"],
    ["خادم-الويب", "خادم-الويب"],
    ["émoji 🙂", "émoji 🙂"],
  ])("%j → %j", (value, expected) => {
    expect(oneLine(value)).toBe(expected);
  });
});

describe("plainLine", () => {
  it.each([
    ["invoice-\u202egpj.exe", "invoice-gpj.exe"],
    ["\u2067name\u2069\u200e\u200f\u061c", "name"],
    ["a\nb\tc", "a b c"],
    ["خادم-الويب-الرئيسي", "خادم-الويب-الرئيسي"],
    ["数据库-東京-🚀", "数据库-東京-🚀"],
  ])("%j → %j", (value, expected) => {
    expect(plainLine(value)).toBe(expected);
  });
});
