import { parseAppConfig } from "./app-config";

// Parsed once at module load; vite.config.ts already refused a bad value at
// start, so a throw here only happens when someone bypassed the build.
export const config = parseAppConfig(import.meta.env);
