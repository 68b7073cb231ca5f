// React Router declares Link, NavLink and Form with `React.forwardRef(…)` at
// the top of the module that also holds createBrowserRouter, each followed by
// `X.displayName = "X"`. A bundler keeps every top-level call and property
// write it cannot prove harmless, so these three components, and the
// prefetching and form-submission code they use, came with every first load
// although the dashboard draws none of them (its links are
// src/components/ui/link.tsx). forwardRef only wraps a function in an object,
// and its displayName is read by React's developer tools alone: marking the
// call pure and leaving the name out lets the bundler drop the components
// nothing uses, and keeps any that something does.
import type { Plugin } from "vite";

/** React Router's production DOM module, where the three are declared. */
const ROUTER_DOM =
  /[\\/]node_modules[\\/]react-router[\\/]dist[\\/]production[\\/]lib[\\/]dom[\\/]lib\.js$/;

/** A component declared at the top of the module: `const Link = React$1.forwardRef(`. */
const DECLARED = /^const ([A-Za-z_$][\w$]*) = ([A-Za-z_$][\w$]*\.forwardRef\()/gm;

/**
 * The module with each top-level `const X = React.forwardRef(` marked pure
 * and its top-level `X.displayName = "…";` left out. Throws when there is no
 * such component: React Router has changed, and this file should change
 * with it (the size check would otherwise find the first load grown).
 */
export function markForwardRefsPure(code: string): string {
  const names: string[] = [];
  let result = code.replace(DECLARED, (_whole, name: string, call: string) => {
    names.push(name);
    return `const ${name} = /* @__PURE__ */ ${call}`;
  });
  if (names.length === 0)
    throw new Error(
      "React Router's lib/dom/lib.js declares no component with forwardRef any more: update deploy/pure-forward-refs.ts.",
    );
  for (const name of names)
    result = result.replace(
      new RegExp(`^${name.replace(/\$/g, "\\$")}\\.displayName = "[^"\\n]*";$`, "m"),
      "",
    );
  return result;
}

/** The Vite plugin: applies markForwardRefsPure to React Router's DOM module in builds. */
export function pureForwardRefsPlugin(): Plugin {
  return {
    name: "pure-forward-refs",
    apply: "build",
    transform: {
      filter: { id: ROUTER_DOM },
      handler(code) {
        return { code: markForwardRefsPure(code), map: null };
      },
    },
  };
}
