import { describe, expect, it } from "vitest";
import { withFirstScript } from "./first-request-script.ts";

const PAGE = `<html>
  <head>
    <title>OpenScaler</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/index-abc.css">
  </head>
  <body><div id="root"></div></body>
</html>`;

describe("withFirstScript", () => {
  it("lists the first request's script before the app's, so the browser runs it first", () => {
    const page = withFirstScript(
      PAGE,
      "/assets/first-request-xyz.js",
      /<script type="module" crossorigin src="/,
    );
    const first = page.indexOf('src="/assets/first-request-xyz.js"');
    const app = page.indexOf('src="/assets/index-abc.js"');
    expect(first).toBeGreaterThan(-1);
    expect(first).toBeLessThan(app);
    expect(page.match(/<script /g)).toHaveLength(2);
  });

  it("refuses a page without the app's script", () => {
    expect(() => withFirstScript("<html><head></head></html>", "/a.js", /<script/)).toThrow(
      "index.html has no app script to put the first request before",
    );
  });
});
