import { describe, expect, it } from "vitest";
import type { Rollup } from "vite";
import {
  codeFiles,
  firstLoadFiles,
  withFirstClassicScript,
  withFirstModuleScript,
} from "./first-request-script.ts";

const BUILT = `<html>
  <head>
    <title>OpenScaler</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/index-abc.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const DEV = `<html>
  <head>
    <script type="module" src="/@vite/client"></script>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/src/main.tsx"></script>
  </body>
</html>`;

/** A chunk as the build describes it, with only what the plugin reads. */
const chunk = (fileName: string, imports: string[], more: Partial<Rollup.OutputChunk> = {}) =>
  ({
    type: "chunk",
    fileName,
    imports,
    isEntry: false,
    facadeModuleId: null,
    ...more,
  }) as Rollup.OutputChunk;

const BUNDLE = [
  chunk("assets/index.js", [], { isEntry: true, facadeModuleId: "/app/index.html" }),
  chunk("assets/overview.js", ["assets/index.js", "assets/copyable.js"], {
    facadeModuleId: "/app/src/overview.tsx",
  }),
  chunk("assets/controls.js", ["assets/index.js", "assets/dialog.js", "assets/copyable.js"], {
    facadeModuleId: "/app/src/controls.tsx",
  }),
  chunk("assets/copyable.js", ["assets/index.js"]),
  chunk("assets/dialog.js", ["assets/index.js", "assets/focus.js"]),
  chunk("assets/focus.js", ["assets/index.js"]),
  chunk("assets/fr.js", [], { facadeModuleId: "\0virtual:messages/fr" }),
];

describe("the page's first script", () => {
  it("is a classic script first in a build's <body>: after the head, where the server writes the settings", () => {
    const page = withFirstClassicScript(BUILT, "/assets/first-request-xyz.js");
    const script = page.indexOf('<script src="/assets/first-request-xyz.js"></script>');
    expect(script).toBeGreaterThan(page.indexOf("</head>"));
    expect(script).toBeLessThan(page.indexOf('<div id="root">'));
    expect(page.match(/<script /g)).toHaveLength(2);
  });

  it("is a module script before the app's under the development server", () => {
    const page = withFirstModuleScript(DEV, "/src/first-request.ts");
    const first = page.indexOf('<script type="module" src="/src/first-request.ts">');
    expect(first).toBeGreaterThan(page.indexOf("/@vite/client"));
    expect(first).toBeLessThan(page.indexOf('src="/src/main.tsx"'));
  });

  it("refuses a page it has no place in", () => {
    expect(() => withFirstClassicScript("<html><head></head></html>", "/a.js")).toThrow(
      "index.html has no <body> to put the first request in",
    );
    expect(() => withFirstModuleScript(BUILT, "/a.ts")).toThrow(
      "index.html has no app script to put the first request before",
    );
  });
});

describe("the files the first script downloads", () => {
  const loaded = firstLoadFiles(BUNDLE);

  it("are not those of the first load", () => {
    expect([...loaded]).toEqual(["assets/index.js"]);
  });

  it("name each module's own file, then every file they import, once, under the base", () => {
    expect(
      codeFiles(BUNDLE, ["/app/src/overview.tsx", "/app/src/controls.tsx"], loaded, "/"),
    ).toEqual([
      "/assets/overview.js",
      "/assets/controls.js",
      "/assets/copyable.js",
      "/assets/dialog.js",
      "/assets/focus.js",
    ]);
    expect(codeFiles(BUNDLE, ["\0virtual:messages/fr"], loaded, "/dashboard/")).toEqual([
      "/dashboard/assets/fr.js",
    ]);
  });

  it("refuse a module without a file of its own, which the script could not name", () => {
    expect(() => codeFiles(BUNDLE, ["/app/src/shared.ts"], loaded, "/")).toThrow(
      "The build has no chunk of its own for /app/src/shared.ts",
    );
  });
});
