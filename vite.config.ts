import { defineConfig, loadEnv } from "vite";
import react from "@vitejs/plugin-react";
import tailwindcss from "@tailwindcss/vite";
import { ConfigError, parseAppConfig } from "./src/config/app-config.ts";

export default defineConfig(({ mode }) => {
  // Refuse a wrong configuration when the server starts or the build runs,
  // with the same rules the app applies in the browser.
  try {
    parseAppConfig(loadEnv(mode, process.cwd(), "VITE_"));
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`\n${error.message}\nSee README.md, "Configuration".\n`);
      process.exit(1);
    }
    throw error;
  }
  return {
    plugins: [react(), tailwindcss()],
    resolve: { alias: { "@": new URL("./src", import.meta.url).pathname } },
    server: { port: 5173, strictPort: true, host: "localhost" },
    preview: { port: 4173, strictPort: true, host: "localhost" },
    // The manifest lets bench/check-size.ts find what the first load downloads.
    build: { target: "es2022", sourcemap: true, assetsInlineLimit: 0, manifest: true },
  };
});
