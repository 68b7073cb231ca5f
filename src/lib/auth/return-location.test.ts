import { safeReturnLocation } from "./return-location";

const ORIGIN = "http://localhost:5173";

describe("safeReturnLocation", () => {
  it.each([
    ["/vms/8", "/vms/8"],
    ["/vms/8?tab=disks&x=%2F#network", "/vms/8?tab=disks&x=%2F#network"],
    ["/", "/"],
    ["/vms/my%20vm", "/vms/my%20vm"],
    ["/vms/8/../9", "/vms/9"],
  ])("keeps the same-origin path %s", (input, expected) => {
    expect(safeReturnLocation(input, ORIGIN)).toBe(expected);
  });

  it.each([
    "//evil.example",
    "//evil.example/vms/8",
    "/\\evil.example",
    "\\\\evil.example",
    "/\\/evil.example",
    "https://evil.example/",
    "http://localhost:5173.evil.example/",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "/auth/callback",
    "/auth/callback?code=abc&state=def",
    "/auth/callback/",
    "vms/8",
    " /vms/8",
    "/\tevil.example",
    "/vms/8\n",
    "",
    "http:evil.example",
  ])("turns %j into /", (input) => {
    expect(safeReturnLocation(input, ORIGIN)).toBe("/");
  });

  it.each([undefined, null, 42, {}, ["/vms/8"]])("turns a non-string (%j) into /", (input) => {
    expect(safeReturnLocation(input, ORIGIN)).toBe("/");
  });
});
