import { defineConfig, loadEnv } from "vite";
import react from "@vitejs/plugin-react";
import { messageCatalogs } from "./scripts/message-catalogs.ts";
import tailwindcss from "@tailwindcss/vite";
import { ConfigError, parseAppConfig, type AppConfig } from "./src/config/app-config.ts";
import { productionBuildProblems, settingsAtStart } from "./src/config/production-build.ts";
import { buildMetaPlugin } from "./deploy/build-meta.ts";
import { precompressPlugin } from "./deploy/precompress.ts";
import { pureForwardRefsPlugin } from "./deploy/pure-forward-refs.ts";
import { firstRequestScriptPlugin } from "./deploy/first-request-script.ts";

export default defineConfig(({ command, mode }) => {
  // Refuse a wrong configuration when the server starts or the build runs; a
  // build also refuses plain http to a real host and the sandbox's defaults
  // unless asked for. The checked result is what the app reads
  // (src/config/env.ts): the browser gets the values, not the parser. A
  // build that names no service gets its settings from the web server when
  // it starts (deploy/entrypoint.sh), and has none of its own.
  const env = loadEnv(mode, process.cwd(), "VITE_");
  let appConfig: AppConfig | null;
  try {
    appConfig = command === "build" && settingsAtStart(env) ? null : parseAppConfig(env);
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
      messageCatalogs(new URL("./src/locales", import.meta.url).pathname),
      // React Router's unused Link, NavLink and Form left out of the bundle.
      pureForwardRefsPlugin(),
      // The VM page's state request leaves while the app's code downloads.
      firstRequestScriptPlugin(),
      // The manifest and source maps go beside the build, never into the
      // folder the web server serves (deploy/build-meta.ts).
      buildMetaPlugin(),
      // gzip and brotli copies beside each file, for nginx to send as they are.
      precompressPlugin(),
    ],
    resolve: { alias: { "@": new URL("./src", import.meta.url).pathname } },
    server: { port: 5173, strictPort: true, host: "localhost" },
    preview: { port: 4173, strictPort: true, host: "localhost" },
    // The manifest lets bench/check-size.ts find what the first load downloads;
    // source maps are for an error tracker and local analysis, not referenced
    // from the bundles. Both end up in dist-meta/, beside dist/ (see above).
    build: {
      target: "es2022",
      sourcemap: "hidden",
      assetsInlineLimit: 0,
      manifest: true,
      rolldownOptions: {
        output: {
          // Everything the first load runs in one file: split into the pieces
          // later chunks share, it was eight files, each with its own imports,
          // exports and gzip dictionary (docs/performance.md, "First-load budget").
          // Later chunks import what they need from it, as they did before.
          codeSplitting: { groups: [{ name: "index", tags: ["$initial"] }] },
        },
      },
    },
  };
});
