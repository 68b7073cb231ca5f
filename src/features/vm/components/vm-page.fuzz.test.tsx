import fc from "fast-check";
import { cleanup, fireEvent, screen, within } from "@testing-library/react";
import { exampleVm } from "@/testing/factories/vm";
import { signInForTest } from "@/testing/session";
import { createTestQueryClient, renderWithProviders } from "@/testing/test-utils";
import { vmQueries } from "../api/vm-queries";
import { parseDisksPart, parseNetworkPart, parseStatePart } from "../api/vm-schema";
import { VmPage, loadVmPageCode } from "./vm-page";

// Malformed and extreme API answers, through parsing and the whole page:
// nothing crashes, nothing broken is shown, nothing in the data runs.

const HOSTILE = [
  "<script>window.__pwned = true</script>",
  '<img src=x onerror="window.__pwned = true">',
  "javascript:window.__pwned=true",
  '"><svg onload=window.__pwned=true>',
  "{{constructor.constructor('window.__pwned=true')()}}",
];
const EXOTIC = [
  "مرحبا بالعالم",
  "שלום",
  "🚀🔥💾 vm",
  "e\u0301\u200d\u202e-reversed",
  "漢字のテスト",
  "",
];

const anyString = fc.oneof(
  fc.string(),
  fc.constantFrom(...HOSTILE, ...EXOTIC),
  fc.constant("x".repeat(10_000)),
  fc.string({ unit: "grapheme", maxLength: 40 }),
);
const number = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -1, Number.MAX_SAFE_INTEGER, 1e308, -1e308, 5e-324),
);
/** Anything JSON can carry, in place of the expected value. */
const wrong = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  anyString,
  number,
  fc.jsonValue({ maxDepth: 2 }),
);
/** The field as expected, or missing, or something else entirely. */
function field<T>(expected: fc.Arbitrary<T>) {
  return fc.oneof(
    { weight: 3, arbitrary: expected },
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: wrong },
  );
}

const disk = fc.record({
  is_main_disk: field(fc.boolean()),
  capacityBytes: field(number),
  allocationBytes: field(number),
  path: field(anyString),
  target_device: field(anyString),
});
const port = fc.record({
  description: field(anyString),
  port: field(fc.integer({ min: -10, max: 70_000 })),
  internal_port: field(fc.constantFrom(22, 80, 443, 8080, 0, 65535)),
});
const vmAnswer = fc.record({
  id: field(fc.oneof(fc.integer(), anyString)),
  name: field(anyString),
  description: field(anyString),
  uuid: field(anyString),
  region: field(anyString),
  distro: field(anyString),
  size: field(anyString),
  node_type: field(anyString),
  vcpus: field(number),
  memoryMB: field(number),
  storageGB: field(number),
  transferGB: field(number),
  created_at: field(fc.oneof(anyString, fc.constant("2024-04-19T15:02:04"))),
  updated_at: field(anyString),
  state: field(fc.oneof(anyString, fc.constantFrom("running", "shut off", "crashed", "nostate"))),
  price_hourly: field(fc.oneof(number, anyString, fc.constant("0.01786"))),
  price_monthly: field(fc.oneof(number, anyString)),
  disks: field(fc.array(disk, { maxLength: 8 })),
  network: field(
    fc.record({
      mac: field(anyString),
      private_ip: field(anyString),
      vpc_subnet: field(anyString),
      public_ip: field(fc.oneof(anyString, fc.constant("10.99.88.77"), fc.constant("2001:db8::1"))),
      public_ip_ports: field(fc.array(port, { maxLength: 8 })),
    }),
  ),
});

/** JSON has no undefined: drop those keys, as a real answer would. */
function asJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

function renderAnswer(raw: unknown) {
  const queryClient = createTestQueryClient();
  const vmId = "fuzz";
  queryClient.setQueryData(vmQueries.state(vmId).queryKey, parseStatePart(raw));
  queryClient.setQueryData(vmQueries.disks(vmId).queryKey, parseDisksPart(raw));
  queryClient.setQueryData(vmQueries.network(vmId).queryKey, parseNetworkPart(raw));
  return renderWithProviders(<VmPage vmId={vmId} />, { queryClient });
}

function expectNothingBroken(container: HTMLElement) {
  const shown = container.textContent;
  expect(shown).not.toMatch(/\bNaN\b|\bInfinity\b|\bundefined\b|\[object Object\]/);
  // Data never becomes markup: no element the page did not build itself.
  expect(container.querySelector("script, iframe, object, embed, img")).toBeNull();
  expect(container.querySelector("[onerror], [onload]")).toBeNull();
  for (const link of container.querySelectorAll("a[href]")) {
    expect(link.getAttribute("href")).toMatch(/^(\/|#[a-z]+$|https?:\/\/)/);
  }
  expect((window as unknown as { __pwned?: boolean }).__pwned).toBeUndefined();
}

// The route loader starts these downloads beside the state request; so do the tests.
beforeAll(async () => {
  await loadVmPageCode().all;
});

describe("the VM page with malformed and extreme answers", () => {
  beforeEach(async () => {
    await signInForTest();
  });

  it("parses anything JSON can be without throwing", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        parseStatePart(raw);
        parseDisksPart(raw);
        parseNetworkPart(raw);
      }),
      { numRuns: 500 },
    );
  });

  it("renders every generated answer with no crash and nothing broken on screen", () => {
    fc.assert(
      fc.property(vmAnswer, (answer) => {
        const { container } = renderAnswer(asJson(answer));
        expect(screen.getAllByRole("region").length).toBeGreaterThanOrEqual(4);
        expectNothingBroken(container);
        cleanup();
      }),
      { numRuns: 120 },
    );
    // A limit, not a speed target: a busy shared machine must not fail it.
  }, 60_000);

  it("renders 1,000 disks, 5,000 port mappings and 10,000-character strings", () => {
    const long = "ي".repeat(5_000) + "🚀".repeat(2_500);
    const vm = exampleVm();
    const answer = {
      ...vm,
      name: long,
      description: HOSTILE.join(" ") + long,
      disks: Array.from({ length: 1_000 }, (_, index) => ({
        is_main_disk: index === 999,
        capacityBytes: index * 1024 ** 3,
        allocationBytes: (index % 7) * 1024 ** 3,
        path: `/mnt/${HOSTILE[index % HOSTILE.length] ?? ""}`,
        target_device: `vd${String(index)}`,
      })),
      network: {
        ...vm.network,
        public_ip_ports: Array.from({ length: 5_000 }, (_, index) => ({
          description: index % 2 ? long : (HOSTILE[index % HOSTILE.length] ?? ""),
          port: 10_000 + index,
          internal_port: [22, 80, 443, 3306][index % 4],
        })),
      },
    };
    const { container } = renderAnswer(asJson(answer));
    // Long lists open in steps; everything is one press away.
    expect(screen.getAllByRole("progressbar")).toHaveLength(25);
    expect(screen.getByText("Showing 25 of 1,000 disks.")).toBeVisible();
    expect(screen.getByText("Showing 25 of 5,000 port mappings.")).toBeVisible();
    fireEvent.click(
      within(screen.getByRole("region", { name: "Disks" })).getByRole("button", {
        name: "Show all",
      }),
    );
    expect(screen.getAllByRole("progressbar")).toHaveLength(1_000);
    expect(screen.getAllByRole("progressbar")[0]).toHaveAccessibleName(
      "Disk /mnt/{{constructor.constructor('window.__pwned=true')()}} (vd999) allocation",
    );
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(long);
    expectNothingBroken(container);
  }, 60_000);
});
