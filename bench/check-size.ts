// The first load of the VM page must stay small: fails when its JS + CSS
// (gzip) grow past the budget. Runs in `npm test` after `vite build`.
import { resolve } from "node:path";
import { FIRST_LOAD_BUDGET_BYTES, firstLoadFiles, kib } from "./first-load.ts";

const files = firstLoadFiles(resolve(import.meta.dirname, "..", "dist"));
const total = files.reduce((sum, file) => sum + file.gzipBytes, 0);
for (const file of files) {
  console.log(
    `${kib(file.gzipBytes).padStart(11)} gzip  ${kib(file.bytes).padStart(11)} raw  ${file.file}`,
  );
}
console.log(
  `${kib(total).padStart(11)} gzip  first load of /vms/:id (budget ${kib(FIRST_LOAD_BUDGET_BYTES)})`,
);
if (total > FIRST_LOAD_BUDGET_BYTES) {
  console.error(
    `The VM page's first load is ${kib(total)} gzip, over its ${kib(FIRST_LOAD_BUDGET_BYTES)} budget: find what grew with the table above.`,
  );
  process.exit(1);
}
