import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import pluginQuery from "@tanstack/eslint-plugin-query";

// Code flows one way: components, lib, utils, config -> features -> app.
const layer = (files, patterns) => ({
  files,
  rules: { "no-restricted-imports": ["error", { patterns }] },
});
const never = (group, message) => ({ group, message });
const sandboxBan = never(["**/sandbox/**", "../sandbox/*"], "src/ never imports the sandbox.");

const noRawHtml = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: "Raw HTML is never rendered: build elements instead.",
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
    files: ["sandbox/**/*.ts", "e2e/**/*.ts", "scripts/**/*.ts", "*.config.ts"],
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
  layer(
    ["src/features/**"],
    [sandboxBan, never(["@/app/*", "**/app/**"], "A feature never imports the app.")],
  ),
  layer(["src/app/**", "src/main.tsx", "src/testing/**"], [sandboxBan]),
  {
    // Tests feed hostile strings (javascript: URLs among them) to the code.
    files: ["**/*.test.{ts,tsx}", "e2e/**"],
    rules: { "no-script-url": "off", "no-restricted-syntax": ["error", noRawHtml] },
  },
);
