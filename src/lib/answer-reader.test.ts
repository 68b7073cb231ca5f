import * as read from "./answer-reader";

const misfitOf = <T>(reader: read.Reader<T>, input: unknown) => {
  const answer = read.readAnswer(reader, input);
  return answer.ok ? "fits" : { path: answer.misfit.path, missing: answer.misfit.missing };
};

describe("reading an answer", () => {
  it("takes values of the right kind that pass their test, and refuses the rest", () => {
    const positive = read.number((n) => n > 0);
    expect(read.readAnswer(positive, 3)).toEqual({ ok: true, value: 3 });
    expect(misfitOf(positive, 0)).toEqual({ path: [], missing: false });
    expect(misfitOf(positive, "3")).toEqual({ path: [], missing: false });
    expect(misfitOf(read.number(), Number.NaN)).toEqual({ path: [], missing: false });
    expect(misfitOf(read.number(), Number.POSITIVE_INFINITY)).toEqual({ path: [], missing: false });
    expect(read.readAnswer(read.text(), "")).toEqual({ ok: true, value: "" });
    expect(
      misfitOf(
        read.text((s) => s.length > 0),
        "",
      ),
    ).toEqual({ path: [], missing: false });
    expect(read.readAnswer(read.flag, false)).toEqual({ ok: true, value: false });
    expect(misfitOf(read.flag, "false")).toEqual({ path: [], missing: false });
  });

  it("says a value is missing when it is absent or null, and reads it as undefined where optional", () => {
    expect(misfitOf(read.text(), undefined)).toEqual({ path: [], missing: true });
    expect(misfitOf(read.text(), null)).toEqual({ path: [], missing: true });
    expect(read.readAnswer(read.optional(read.text()), null)).toEqual({
      ok: true,
      value: undefined,
    });
    expect(read.readAnswer(read.optional(read.text()), undefined)).toEqual({
      ok: true,
      value: undefined,
    });
    expect(misfitOf(read.optional(read.text()), 5)).toEqual({ path: [], missing: false });
  });

  it("takes either of two kinds, and says where when neither fits", () => {
    const id = read.either(read.number(), read.text());
    expect(read.readAnswer(id, 8)).toEqual({ ok: true, value: 8 });
    expect(read.readAnswer(id, "8")).toEqual({ ok: true, value: "8" });
    expect(misfitOf(read.record({ id }), { id: true })).toEqual({ path: ["id"], missing: false });
    expect(misfitOf(read.record({ id }), {})).toEqual({ path: ["id"], missing: true });
    // Nested: the misfit named is the last reader's, with its own path.
    const nested = read.record({
      a: read.either(read.record({ b: read.number() }), read.record({ b: read.text() })),
    });
    expect(read.readAnswer(nested, { a: { b: "x" } })).toEqual({
      ok: true,
      value: { a: { b: "x" } },
    });
    expect(misfitOf(nested, { a: { b: true } })).toEqual({ path: ["a", "b"], missing: false });
    expect(misfitOf(read.either(id, read.flag), null)).toEqual({ path: [], missing: true });
  });

  it("keeps only the fields it names, from the answer's own fields, in objects only", () => {
    const vm = read.record({ name: read.text(), toString: read.optional(read.text()) });
    expect(read.readAnswer(vm, { name: "web", extra: { deep: 1 } })).toEqual({
      ok: true,
      value: { name: "web", toString: undefined },
    });
    expect(misfitOf(vm, ["web"])).toEqual({ path: [], missing: false });
    expect(misfitOf(vm, null)).toEqual({ path: [], missing: true });
    expect(misfitOf(vm, "web")).toEqual({ path: [], missing: false });
  });

  it("names the first entry of a list that does not fit, by its position", () => {
    const disks = read.record({ disks: read.list(read.record({ size: read.number() })) });
    expect(read.readAnswer(disks, { disks: [{ size: 1 }, { size: 2 }] })).toEqual({
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
    const broken: read.Reader<never> = () => {
      throw new RangeError("a bug, not a bad answer");
    };
    expect(() => read.readAnswer(broken, 1)).toThrow(RangeError);
    expect(() => read.readAnswer(read.either(broken, read.text()), "x")).toThrow(RangeError);
  });
});
