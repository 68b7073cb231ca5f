/**
 * Readers for a JSON answer: each checks one value and returns it typed, or
 * says where the answer did not fit and whether the value was missing or of
 * the wrong kind. They are a few closures rather than a schema library: the
 * page reads three small answers, and the library it used cost 6.6 KiB
 * of the first load and, on a phone, a long task of start-up making its
 * schemas before the page could ask for anything.
 */

/** Where in the answer: field names and list positions, outermost first. */
export type Path = readonly (string | number)[];

/** The first place an answer did not fit. */
export class Misfit extends Error {
  constructor(
    readonly path: Path,
    /** Absent or null, rather than present and wrong. */
    readonly missing: boolean,
  ) {
    super(`The answer does not fit at ${path.join(".") || "its top"}.`);
  }
}

export type Reader<T> = (input: unknown, at: Path) => T;
export type ReadValue<R> = R extends Reader<infer T> ? T : never;

/**
 * Thrown instead of a new Misfit while `either` tries its first reader, whose
 * misfit is dropped: making an Error records its stack, and a list of 500
 * VMs whose project id is a string tries a number first 500 times.
 */
const dropped = new Misfit([], false);
let trying = 0;

const misfit = (at: Path, input: unknown): never => {
  throw trying > 0 ? dropped : new Misfit(at, input == null);
};

const always = () => true;

/** A string that passes `test`. */
export const text =
  (test: (value: string) => boolean = always): Reader<string> =>
  (input, at) =>
    typeof input === "string" && test(input) ? input : misfit(at, input);

/** A finite number that passes `test`. */
export const number =
  (test: (value: number) => boolean = always): Reader<number> =>
  (input, at) =>
    typeof input === "number" && Number.isFinite(input) && test(input) ? input : misfit(at, input);

export const flag: Reader<boolean> = (input, at) =>
  typeof input === "boolean" ? input : misfit(at, input);

/** Absent or null read as undefined: the contract gives the two no different meaning. */
export const optional =
  <T>(reader: Reader<T>): Reader<T | undefined> =>
  (input, at) =>
    input == null ? undefined : reader(input, at);

/** What `first` reads, else what `second` reads (and where that did not fit). */
export const either =
  <A, B>(first: Reader<A>, second: Reader<B>): Reader<A | B> =>
  (input, at) => {
    trying += 1;
    try {
      return first(input, at);
    } catch (error) {
      if (!(error instanceof Misfit)) throw error;
    } finally {
      trying -= 1;
    }
    return second(input, at);
  };

/** An object with these fields, in this order; fields the reader does not name are left out. */
export const record =
  <Shape extends Record<string, Reader<unknown>>>(
    shape: Shape,
  ): Reader<{ [Field in keyof Shape]: ReadValue<Shape[Field]> }> =>
  (input, at) => {
    if (typeof input !== "object" || input === null || Array.isArray(input)) {
      return misfit(at, input);
    }
    const fields = input as Record<string, unknown>;
    const read: Record<string, unknown> = {};
    for (const [field, reader] of Object.entries(shape)) {
      // Only the answer's own fields: never one inherited from Object.prototype.
      read[field] = reader(Object.hasOwn(fields, field) ? fields[field] : undefined, [
        ...at,
        field,
      ]);
    }
    return read as { [Field in keyof Shape]: ReadValue<Shape[Field]> };
  };

export const list =
  <T>(reader: Reader<T>): Reader<T[]> =>
  (input, at) =>
    Array.isArray(input)
      ? input.map((entry, index) => reader(entry, [...at, index]))
      : misfit(at, input);

/** Reads a whole answer: its value, or the first place it did not fit. */
export function readAnswer<T>(
  reader: Reader<T>,
  input: unknown,
): { ok: true; value: T } | { ok: false; misfit: Misfit } {
  try {
    return { ok: true, value: reader(input, []) };
  } catch (error) {
    if (error instanceof Misfit) return { ok: false, misfit: error };
    throw error;
  }
}
