import type { Config } from "tailwindcss";

// Tailwind 4 reads its theme from CSS; this file keeps the few design tokens
// the dashboard names, loaded from styles.css by @config. Which files are read
// for class names is said there (@source).
export default {
  theme: {
    extend: {
      // Generic families only. Every family a stack names that the device
      // lacks is a font lookup at the first layout: on a Linux host, naming
      // -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, SFMono-Regular,
      // Menlo and Consolas cost tens of milliseconds per layout. system-ui is
      // each platform's own face (San Francisco, Segoe UI, Roboto), and
      // monospace each platform's own fixed-width one.
      fontFamily: {
        sans: ["system-ui", "sans-serif"],
        mono: ["ui-monospace", "monospace"],
      },
    },
  },
} satisfies Config;
