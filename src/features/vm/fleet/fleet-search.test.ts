import fc from "fast-check";
import { exampleVm } from "@/testing/factories/vm";
import { parseFleetEntry } from "./fleet-entry";
import { applyView, foldForSearch, type FleetView } from "./fleet-search";

function vm(id: number, name: string, extra: Record<string, unknown> = {}) {
  const base = exampleVm();
  return parseFleetEntry({
    ...base,
    id,
    name,
    network: {
      ...base.network,
      public_ip: `203.0.113.${String(id)}`,
      private_ip: `10.0.0.${String(id)}`,
    },
    ...extra,
  });
}

const names = (view: Partial<FleetView>, entries = FLEET) =>
  applyView(entries, { q: "", state: undefined, sort: "name", ...view }).map((entry) =>
    entry.basics.ok ? entry.basics.value.name : "?",
  );

const FLEET = [
  vm(1, "Café-Web"),
  vm(2, "ÉLAN-db", { state: "shutoff", created_at: "2025-03-01T00:00:00" }),
  vm(3, "خادم-الويب", { description: "خَادِم الوِيب" }),
  vm(4, "שרת-גיבוי", { state: "shut off" }),
  vm(12, "build-02", { description: "Nightly builds", created_at: "2025-06-01T00:00:00" }),
  vm(20, "build-10"),
];

describe("matching the search", () => {
  it("ignores case and accents on both sides", () => {
    expect(names({ q: "cafe" })).toEqual(["Café-Web"]);
    expect(names({ q: "CAFÉ" })).toEqual(["Café-Web"]);
    expect(names({ q: "élan" })).toEqual(["ÉLAN-db"]);
    // A decomposed é typed on some keyboards matches the composed one.
    expect(names({ q: "e\u0301lan" })).toEqual(["ÉLAN-db"]);
  });

  it("finds right-to-left names, with or without vowel signs and direction marks", () => {
    expect(names({ q: "الويب" })).toEqual(["خادم-الويب"]);
    expect(names({ q: "خَادِم" })).toEqual(["خادم-الويب"]);
    expect(names({ q: "\u200fגיבוי" })).toEqual(["שרת-גיבוי"]);
  });

  it("finds public and private IP fragments and ids", () => {
    expect(names({ q: "203.0.113.12" })).toEqual(["build-02"]);
    expect(names({ q: "10.0.0.2" })).toEqual(["build-10", "ÉLAN-db"]);
    expect(names({ q: "113.4" })).toEqual(["שרת-גיבוי"]);
    expect(names({ q: "20" }).sort()).toEqual(
      ["build-10", "build-02", "Café-Web", "ÉLAN-db", "خادم-الويب", "שרת-גיבוי"].sort(),
    );
  });

  it("searches descriptions, and every word must match somewhere", () => {
    expect(names({ q: "nightly" })).toEqual(["build-02"]);
    expect(names({ q: "build nightly" })).toEqual(["build-02"]);
    expect(names({ q: "build café" })).toEqual([]);
  });

  it("folding is stable: folding twice changes nothing", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(foldForSearch(foldForSearch(text))).toBe(foldForSearch(text));
      }),
    );
  });
});

describe("filtering and sorting", () => {
  it("filters by the normalised state", () => {
    expect(names({ state: "shutoff" })).toEqual(["ÉLAN-db", "שרת-גיבוי"]);
    expect(names({ state: "running" })).toHaveLength(4);
  });

  it("sorts names as people read numbers, ids as numbers", () => {
    expect(names({ q: "build" })).toEqual(["build-02", "build-10"]);
    expect(names({ sort: "id" })).toEqual([
      "Café-Web",
      "ÉLAN-db",
      "خادم-الويب",
      "שרת-גיבוי",
      "build-02",
      "build-10",
    ]);
  });

  it("sorts by state, then name; by creation, newest first", () => {
    expect(names({ sort: "state" }).slice(0, 4)).toEqual([
      "build-02",
      "build-10",
      "Café-Web",
      "خادم-الويب",
    ]);
    expect(names({ sort: "created" }).slice(0, 2)).toEqual(["build-02", "ÉLAN-db"]);
  });
});
