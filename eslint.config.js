import { readdirSync } from "node:fs";
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import pluginQuery from "@tanstack/eslint-plugin-query";
import { importX } from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";

// React Router's Link and NavLink bring prefetching, masking and other sites'
// addresses, which the dashboard never uses, into the first load.
const ownLink = {
  name: "react-router",
  importNames: ["Link", "NavLink"],
  message: "Use Link from @/components/ui/link: React Router's adds unused code to the first load.",
};
// Code flows one way: components, lib, utils, config -> features -> app.
const layer = (files, patterns) => ({
  files,
  rules: { "no-restricted-imports": ["error", { patterns, paths: [ownLink] }] },
});
const never = (group, message) => ({ group, message });
// Every folder of src/features, so a new feature is held to the same rule.
const FEATURES = readdirSync(new URL("./src/features", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const sandboxBan = never(["**/sandbox/**", "../sandbox/*"], "src/ never imports the sandbox.");

const noRawHtml = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: "Raw HTML is never rendered: build elements instead.",
};
// Words a person reads or hears come from the catalogs (src/locales/), never
// from a component's own literal, which no translation would reach.
const noLiteralText = {
  selector: "JSXText[value=/[A-Za-z\\u00C0-\\u024F\\u0600-\\u06FF]/]",
  message: "Text shown to a person comes from the catalogs (src/locales/), not a literal.",
};
const noLiteralLabel = {
  selector:
    "JSXAttribute[name.name=/^(aria-label|aria-description|aria-roledescription|aria-valuetext|title|placeholder|alt)$/] > Literal[value=/[A-Za-z]/]",
  message: "An accessible name or hint comes from the catalogs (src/locales/), not a literal.",
};
const noScriptUrl = {
  selector: "Literal[value=/^\\s*javascript:/i]",
  message: "URLs with the javascript: scheme are forbidden.",
};

export default tseslint.config(
  {
    ignores: [
      "dist",
      ".e2e-builds",
      "node_modules",
      "test-results",
      "playwright-report",
      "bench-results",
      "screenshots",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ["**/*.js"],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: { globals: globals.browser },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  ...pluginQuery.configs["flat/recommended-strict"],
  {
    files: ["sandbox/**/*.ts", "e2e/**/*.ts", "scripts/**/*.ts", "*.config.{ts,js}"],
    languageOptions: { globals: globals.node },
  },
  {
    files: ["**/*.{ts,tsx}"],
    rules: { "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }] },
  },
  {
    // Security rules: no raw HTML, no script URLs, no eval anywhere.
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "no-script-url": "error",
      "no-restricted-syntax": ["error", noRawHtml, noScriptUrl],
    },
  },
  layer(
    ["src/components/**", "src/lib/**", "src/utils/**", "src/config/**"],
    [
      sandboxBan,
      never(
        ["@/features/*", "@/app/*", "**/features/**", "**/app/**"],
        "Shared code never imports a feature or the app.",
      ),
    ],
  ),
  {
    // No import cycles in the app: each module can be read (and split into
    // chunks) after the ones it imports. The resolver follows tsconfig's "@/".
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "import-x": importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      "import-x/resolver-next": [createTypeScriptImportResolver()],
    },
    rules: { "import-x/no-cycle": "error" },
  },
  // A feature never imports the app or another feature: the app composes them.
  ...FEATURES.map((feature) =>
    layer(
      [`src/features/${feature}/**`],
      [
        sandboxBan,
        never(["@/app/*", "**/app/**"], "A feature never imports the app."),
        never(
          FEATURES.filter((other) => other !== feature).flatMap((other) => [
            `@/features/${other}/*`,
            `**/features/${other}/**`,
          ]),
          "A feature never imports another feature: the app composes them.",
        ),
      ],
    ),
  ),
  layer(["src/app/**", "src/main.tsx", "src/testing/**"], [sandboxBan]),
  {
    files: ["src/**/*.tsx"],
    rules: {
      "no-restricted-syntax": ["error", noRawHtml, noScriptUrl, noLiteralText, noLiteralLabel],
    },
  },
  {
    // Figures follow the page's language, not the browser's: counts, sizes,
    // money and dates go through src/utils/intl-formats.ts.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["**/*.test.{ts,tsx}"],
    rules: {
      "no-restricted-properties": [
        "error",
        ...["toLocaleString", "toLocaleDateString", "toLocaleTimeString"].map((property) => ({
          property,
          message: "Format through src/utils/intl-formats.ts, in the reader's locale.",
        })),
      ],
    },
  },
  {
    // Tests feed hostile strings (javascript: URLs among them) to the code.
    files: ["**/*.test.{ts,tsx}", "e2e/**"],
    rules: { "no-script-url": "off", "no-restricted-syntax": ["error", noRawHtml] },
  },
);
