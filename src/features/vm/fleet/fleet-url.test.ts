import fc from "fast-check";
import { SORTS } from "./fleet-search";
import { readView, writeView } from "./fleet-url";

describe("the list's view in the address", () => {
  it("reads the support link's view", () => {
    expect(readView(new URLSearchParams("q=web&state=running&sort=name"))).toEqual({
      q: "web",
      state: "running",
      sort: "name",
    });
  });

  it("leaves the defaults out, and keeps other parameters", () => {
    const params = writeView(
      { q: "", state: undefined, sort: "name" },
      new URLSearchParams("from=ticket&q=old"),
    );
    expect(params.toString()).toBe("from=ticket");
  });

  it("reads states as the API writes them, and 'stopped' as shut off", () => {
    expect(readView(new URLSearchParams("state=Shut%20off")).state).toBe("shutoff");
    expect(readView(new URLSearchParams("state=stopped")).state).toBe("shutoff");
    expect(readView(new URLSearchParams("state=")).state).toBeUndefined();
  });

  it("falls back to sorting by name for an unknown sort", () => {
    expect(readView(new URLSearchParams("sort=price")).sort).toBe("name");
  });

  it("round-trips any view through the address", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.option(fc.constantFrom("running", "shutoff", "paused", "migrating"), { nil: undefined }),
        fc.constantFrom(...SORTS),
        (q, state, sort) => {
          const view = { q, state, sort };
          const url = new URL(`https://dash.example/?${writeView(view).toString()}`);
          expect(readView(url.searchParams)).toEqual(view);
        },
      ),
    );
  });
});
