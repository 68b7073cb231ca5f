import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { markForwardRefsPure } from "./pure-forward-refs.ts";

const MODULE = `import * as React$1 from "react";
function Router() {}
Router.displayName = "Router";
const Link = React$1.forwardRef(function LinkWithRef(props, ref) {
	let Inner = React$1.forwardRef(() => null);
	Inner.displayName = "Inner";
	return null;
});
Link.displayName = "Link";
`;

describe("markForwardRefsPure", () => {
  it("marks each top-level forwardRef pure and leaves out its displayName, nothing else", () => {
    const marked = markForwardRefsPure(MODULE);
    expect(marked).toContain(
      "const Link = /* @__PURE__ */ React$1.forwardRef(function LinkWithRef",
    );
    expect(marked).not.toContain('Link.displayName = "Link";');
    // Inside a function, and a plain function's name, stay as they were.
    expect(marked).toContain("let Inner = React$1.forwardRef(() => null);");
    expect(marked).toContain('Inner.displayName = "Inner";');
    expect(marked).toContain('Router.displayName = "Router";');
  });

  it("finds Link, NavLink and Form in the React Router the dashboard installs", () => {
    const entry = createRequire(import.meta.url).resolve("react-router");
    const root = entry.slice(0, entry.lastIndexOf("/dist/"));
    const code = readFileSync(join(root, "dist/production/lib/dom/lib.js"), "utf8");
    const marked = markForwardRefsPure(code);
    for (const name of ["Link", "NavLink", "Form"]) {
      expect(marked).toContain(`const ${name} = /* @__PURE__ */ React$1.forwardRef(`);
      expect(marked).not.toContain(`${name}.displayName = "${name}";`);
    }
  });

  it("refuses a module without any, so a changed React Router is noticed", () => {
    expect(() => markForwardRefsPure("export const x = 1;\n")).toThrow(/update deploy/);
  });
});
