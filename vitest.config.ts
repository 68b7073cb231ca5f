import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { messageCatalogs } from "./scripts/message-catalogs.ts";
import { loadEnv } from "vite";
import { parseAppConfig } from "./src/config/app-config.ts";

const alias = { "@": new URL("./src", import.meta.url).pathname };

// The app's tests run in jsdom with MSW; the sandbox's contract tests run in
// Node against real servers, with nothing intercepted; deploy, bench and docs
// tests run in Node.
export default defineConfig({
  test: {
    restoreMocks: true,
    projects: [
      {
        plugins: [react(), messageCatalogs(new URL("./src/locales", import.meta.url).pathname)],
        resolve: { alias },
        // The app reads its checked configuration as vite.config.ts defines it.
        define: {
          __APP_CONFIG__: JSON.stringify(parseAppConfig(loadEnv("test", process.cwd(), "VITE_"))),
        },
        test: {
          name: "app",
          globals: true,
          environment: "jsdom",
          setupFiles: ["./src/testing/setup.ts"],
          include: ["src/**/*.test.{ts,tsx}"],
        },
      },
      {
        test: {
          name: "sandbox",
          globals: true,
          environment: "node",
          include: ["sandbox/**/*.test.ts"],
        },
      },
      {
        test: {
          name: "deploy",
          globals: true,
          environment: "node",
          include: ["deploy/**/*.test.ts"],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: "bench",
          globals: true,
          environment: "node",
          include: ["bench/**/*.test.ts"],
        },
      },
      {
        test: {
          name: "docs",
          globals: true,
          environment: "node",
          include: ["docs/**/*.test.ts"],
        },
      },
      {
        test: {
          name: "scripts",
          globals: true,
          environment: "node",
          include: ["scripts/**/*.test.ts"],
        },
      },
    ],
  },
});
