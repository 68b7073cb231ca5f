import { oneLine } from "./one-line";

describe("oneLine", () => {
  it.each([
    ["plain", "plain"],
    ["a\nb", "a\\nb"],
    ["a\tb", "a\\tb"],
    ["\u0000", "\\u0000"],
    ["\u007f\u009f", "\\u007F\\u009F"],
    ["\u202eevil", "\\u202Eevil"],
    ["émoji 🙂", "émoji 🙂"],
  ])("%j → %j", (value, expected) => {
    expect(oneLine(value)).toBe(expected);
  });
});
