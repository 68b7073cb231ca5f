import {
  either,
  flag,
  list,
  number,
  optional,
  readAnswer,
  record,
  text,
  type Reader,
} from "./answer-reader";

const misfitOf = <T>(reader: Reader<T>, input: unknown) => {
  const answer = readAnswer(reader, input);
  return answer.ok ? "fits" : { path: answer.misfit.path, missing: answer.misfit.missing };
};

describe("reading an answer", () => {
  it("takes values of the right kind that pass their test, and refuses the rest", () => {
    const positive = number((n) => n > 0);
    expect(readAnswer(positive, 3)).toEqual({ ok: true, value: 3 });
    expect(misfitOf(positive, 0)).toEqual({ path: [], missing: false });
    expect(misfitOf(positive, "3")).toEqual({ path: [], missing: false });
    expect(misfitOf(number(), Number.NaN)).toEqual({ path: [], missing: false });
    expect(misfitOf(number(), Number.POSITIVE_INFINITY)).toEqual({ path: [], missing: false });
    expect(readAnswer(text(), "")).toEqual({ ok: true, value: "" });
    expect(
      misfitOf(
        text((s) => s.length > 0),
        "",
      ),
    ).toEqual({ path: [], missing: false });
    expect(readAnswer(flag, false)).toEqual({ ok: true, value: false });
    expect(misfitOf(flag, "false")).toEqual({ path: [], missing: false });
  });

  it("says a value is missing when it is absent or null, and reads it as undefined where optional", () => {
    expect(misfitOf(text(), undefined)).toEqual({ path: [], missing: true });
    expect(misfitOf(text(), null)).toEqual({ path: [], missing: true });
    expect(readAnswer(optional(text()), null)).toEqual({ ok: true, value: undefined });
    expect(readAnswer(optional(text()), undefined)).toEqual({ ok: true, value: undefined });
    expect(misfitOf(optional(text()), 5)).toEqual({ path: [], missing: false });
  });

  it("takes either of two kinds, and says where when neither fits", () => {
    const id = either(number(), text());
    expect(readAnswer(id, 8)).toEqual({ ok: true, value: 8 });
    expect(readAnswer(id, "8")).toEqual({ ok: true, value: "8" });
    expect(misfitOf(record({ id }), { id: true })).toEqual({ path: ["id"], missing: false });
    expect(misfitOf(record({ id }), {})).toEqual({ path: ["id"], missing: true });
  });

  it("keeps only the fields it names, from the answer's own fields, in objects only", () => {
    const vm = record({ name: text(), toString: optional(text()) });
    expect(readAnswer(vm, { name: "web", extra: { deep: 1 } })).toEqual({
      ok: true,
      value: { name: "web", toString: undefined },
    });
    expect(misfitOf(vm, ["web"])).toEqual({ path: [], missing: false });
    expect(misfitOf(vm, null)).toEqual({ path: [], missing: true });
    expect(misfitOf(vm, "web")).toEqual({ path: [], missing: false });
  });

  it("names the first entry of a list that does not fit, by its position", () => {
    const disks = record({ disks: list(record({ size: number() })) });
    expect(readAnswer(disks, { disks: [{ size: 1 }, { size: 2 }] })).toEqual({
      ok: true,
      value: { disks: [{ size: 1 }, { size: 2 }] },
    });
    expect(misfitOf(disks, { disks: [{ size: 1 }, {}, { size: "x" }] })).toEqual({
      path: ["disks", 1, "size"],
      missing: true,
    });
    expect(misfitOf(disks, { disks: { size: 1 } })).toEqual({ path: ["disks"], missing: false });
  });

  it("lets an error that is not a misfit through", () => {
    const broken: Reader<never> = () => {
      throw new RangeError("a bug, not a bad answer");
    };
    expect(() => readAnswer(broken, 1)).toThrow(RangeError);
    expect(() => readAnswer(either(broken, text()), "x")).toThrow(RangeError);
  });
});
