import { defineConfig, loadEnv, type HtmlTagDescriptor, type Rollup } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { ConfigError, parseAppConfig, type AppConfig } from "./src/config/app-config.ts";
import { productionBuildProblems } from "./src/config/production-build.ts";
import { LOCALE_DATA_SCRIPT } from "./src/config/locale-data-script.ts";

/**
 * The code the VM page asks for beside its state request (the route loader,
 * src/app/routes/vm.tsx): its sections' modules, without extension. index.html names their files
 * (and the files they import) as low-priority module preloads, so the browser
 * asks for them while it parses the page, behind the page's own code. Asked
 * for by the loader instead, each file is a link element the app adds, a
 * script-initiated request costing milliseconds of main thread in one task
 * on a phone. The loader's preloads then find the files already asked for;
 * `e2e/vm-page.spec.ts` checks that the page adds no preload of its own.
 */
const VM_PAGE_MODULES = [
  "src/features/vm/components/overview-details",
  "src/features/vm/components/vm-details",
  "src/features/vm/power/power-controls",
];

function vmPageCodeTags(bundle: Rollup.OutputBundle): HtmlTagDescriptor[] {
  const chunks = Object.values(bundle).filter(
    (output): output is Rollup.OutputChunk => output.type === "chunk",
  );
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  // What index.html already loads: the entry and its static imports.
  const loaded = new Set<string>();
  const collect = (file: string, into: Set<string>) => {
    if (into.has(file) || loaded.has(file)) return;
    into.add(file);
    for (const imported of byFile.get(file)?.imports ?? []) collect(imported, into);
  };
  for (const entry of chunks.filter((chunk) => chunk.isEntry)) collect(entry.fileName, loaded);
  const wanted = new Set<string>();
  for (const module of VM_PAGE_MODULES) {
    const chunk = chunks.find((candidate) =>
      candidate.facadeModuleId?.replace(/\.tsx?$/, "").endsWith(`/${module}`),
    );
    if (!chunk) throw new Error(`No chunk holds ${module}: update VM_PAGE_MODULES.`);
    collect(chunk.fileName, wanted);
  }
  return [...wanted].map((file) => ({
    tag: "link",
    attrs: { rel: "modulepreload", crossorigin: true, fetchpriority: "low", href: `/${file}` },
    injectTo: "head",
  }));
}

export default defineConfig(({ command, mode }) => {
  // Refuse a wrong configuration when the server starts or the build runs; a
  // build also refuses plain http to a real host and the sandbox's defaults
  // unless asked for. The checked result is what the app reads
  // (src/config/env.ts): the browser gets the values, not the parser.
  const env = loadEnv(mode, process.cwd(), "VITE_");
  let appConfig: AppConfig;
  try {
    appConfig = parseAppConfig(env);
    if (command === "build") {
      const problems = productionBuildProblems(env);
      if (problems.length > 0) throw new ConfigError(problems);
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`\n${error.message}\nSee README.md, "Configuration".\n`);
      process.exit(1);
    }
    throw error;
  }
  return {
    define: { __APP_CONFIG__: JSON.stringify(appConfig) },
    plugins: [
      react(),
      tailwindcss(),
      {
        // index.html loads the reader's locale data while the code downloads
        // (src/config/locale-data-script.ts says why).
        name: "locale-data-script",
        // Right after the character set, before the style sheet: a script
        // after a style sheet waits for it, and would run in a task of its
        // own instead of in the parse that comes before the first paint.
        transformIndexHtml: (html) => {
          const charset = '<meta charset="UTF-8" />';
          if (!html.includes(charset)) throw new Error(`index.html has no ${charset}.`);
          return html.replace(charset, `${charset}\n    <script>${LOCALE_DATA_SCRIPT}</script>`);
        },
      },
      {
        name: "vm-page-code",
        transformIndexHtml: {
          order: "post",
          handler: (_html, { bundle }) => (bundle ? vmPageCodeTags(bundle) : []),
        },
      },
    ],
    resolve: { alias: { "@": new URL("./src", import.meta.url).pathname } },
    server: { port: 5173, strictPort: true, host: "localhost" },
    preview: { port: 4173, strictPort: true, host: "localhost" },
    // The manifest lets bench/check-size.ts find what the first load downloads.
    // Source maps are written for local analysis but not referenced from the
    // bundles, and the web server never serves them (deploy/nginx.conf).
    build: { target: "es2022", sourcemap: "hidden", assetsInlineLimit: 0, manifest: true },
  };
});
