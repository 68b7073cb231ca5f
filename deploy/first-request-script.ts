// The page's first requests in a script of its own (src/first-request.ts).
// In a build it is a classic script, bundled on its own and written into
// the page at the start of <body>: after the settings the web server writes
// before </head> (deploy/entrypoint.sh), before the app's module script has
// arrived. A classic script runs the moment it arrives; it carries its own
// copy of the few modules it uses (the stored session, the API's address,
// the formatters), and hands its answers to the app through the page
// (src/lib/early-request.ts). Being a script the page waits for, it is also
// counted as such by Lighthouse's model of the first paint, as the page's
// real first paint waits for the app: docs/performance.md, decision 9.
// Under the development server it is a module script listed before the app.
import { createHash } from "node:crypto";
import { resolve } from "node:path";
import { build } from "rolldown";
import type { Plugin, ResolvedConfig, Rollup } from "vite";
import type { FirstRequestFiles } from "../src/app/first-request-files.ts";

export const FIRST_REQUEST_ENTRY = "src/first-request.ts";
/** Whose lazily loaded modules the first script starts downloading: the VM page's parts, and the catalogs. */
const PAGE_CODE = "src/features/vm/components/vm-page-code.ts";
const CATALOGS = "src/lib/i18n/i18n.ts";
const CATALOG_ID = /virtual:messages\/([a-zA-Z-]+)$/;

/** `html` with `tag` just before the first match of `before`. */
function insertBefore(html: string, tag: string, before: RegExp, missing: string): string {
  const at = html.search(before);
  if (at === -1) throw new Error(missing);
  return `${html.slice(0, at)}${tag}\n    ${html.slice(at)}`;
}

/** The development server's page: a module script for `src` just before the app's own. */
export function withFirstModuleScript(html: string, src: string): string {
  return insertBefore(
    html,
    `<script type="module" src="${src}"></script>`,
    /<script type="module" src="\/src\/main\.tsx"/,
    "index.html has no app script to put the first request before",
  );
}

/** A build's page: a classic script for `src` first in <body>, after everything the head holds. */
export function withFirstClassicScript(html: string, src: string): string {
  const body = /<body[^>]*>/.exec(html);
  if (!body) throw new Error("index.html has no <body> to put the first request in");
  const at = body.index + body[0].length;
  return `${html.slice(0, at)}\n    <script src="${src}"></script>${html.slice(at)}`;
}

type Chunk = Rollup.OutputChunk;

/** `starts` and every chunk they import, directly or not, leaving out `skip`. */
function withImports(
  chunks: readonly Chunk[],
  starts: Iterable<string>,
  skip: ReadonlySet<string> = new Set(),
): Set<string> {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const files = new Set(starts);
  for (const file of files) {
    for (const imported of byFile.get(file)?.imports ?? []) {
      if (!skip.has(imported)) files.add(imported);
    }
  }
  return files;
}

/**
 * The files the modules `ids` (each the whole of a chunk's, as a dynamic
 * import makes it) need beyond `loaded`, under `base`: their own chunks,
 * then every chunk those import, each once.
 */
export function codeFiles(
  chunks: readonly Chunk[],
  ids: readonly string[],
  loaded: ReadonlySet<string>,
  base: string,
): string[] {
  const own = ids.map((id) => {
    const chunk = chunks.find((candidate) => candidate.facadeModuleId === id);
    if (!chunk) throw new Error(`The build has no chunk of its own for ${id}`);
    return chunk.fileName;
  });
  return [...withImports(chunks, own, loaded)].map((file) => base + file);
}

/** The entry chunks and everything they import: what the page has loaded before any dynamic import. */
export function firstLoadFiles(chunks: readonly Chunk[]): Set<string> {
  return withImports(
    chunks,
    chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName),
  );
}

/** The classic script, bundled on its own with the files it downloads written in. */
async function bundleFirstScript(
  config: ResolvedConfig,
  files: FirstRequestFiles,
): Promise<string> {
  const defines = Object.fromEntries(
    Object.entries(config.define ?? {}).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string",
    ),
  );
  const { output } = await build({
    input: resolve(config.root, FIRST_REQUEST_ENTRY),
    write: false,
    logLevel: "warn",
    resolve: { alias: { "@": [resolve(config.root, "src")] } },
    transform: {
      target: "es2022",
      define: { ...defines, __FIRST_REQUEST_FILES__: JSON.stringify(files) },
    },
    output: { format: "iife", minify: true },
  });
  if (output.length > 1) {
    throw new Error(
      `${FIRST_REQUEST_ENTRY} must bundle into one script; it made ${String(output.length)} files`,
    );
  }
  return output[0].code;
}

export function firstRequestScriptPlugin(): Plugin {
  let config: ResolvedConfig;
  let scriptFile: string | undefined;
  return {
    name: "openscaler-first-request-script",
    // The development server serves the app module by module: nothing to name.
    config: () => ({ define: { __FIRST_REQUEST_FILES__: "null" } }),
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle: {
      // Before the page is written (Vite's own HTML step), which then finds the script's file.
      order: "pre",
      async handler(_options, bundle) {
        const chunks = Object.values(bundle).filter((file): file is Chunk => file.type === "chunk");
        const loaded = firstLoadFiles(chunks);
        const lazyImports = (path: string) =>
          this.getModuleInfo(resolve(config.root, path))?.dynamicallyImportedIds ?? [];
        const pageCode = lazyImports(PAGE_CODE);
        if (pageCode.length === 0) throw new Error(`${PAGE_CODE} imports no page code`);
        const catalogs = Object.fromEntries(
          lazyImports(CATALOGS).flatMap((id) => {
            const language = CATALOG_ID.exec(id)?.[1];
            return language ? [[language, codeFiles(chunks, [id], loaded, config.base)]] : [];
          }),
        );
        const code = await bundleFirstScript(config, {
          pageCode: codeFiles(chunks, pageCode, loaded, config.base),
          catalogs,
        });
        const hash = createHash("sha256").update(code).digest("base64url").slice(0, 8);
        scriptFile = `${config.build.assetsDir}/first-request-${hash}.js`;
        this.emitFile({ type: "asset", fileName: scriptFile, source: code });
      },
    },
    transformIndexHtml: {
      order: "post",
      handler(html, context) {
        if (!context.bundle) return withFirstModuleScript(html, `/${FIRST_REQUEST_ENTRY}`);
        if (!scriptFile) throw new Error(`The build made no script for ${FIRST_REQUEST_ENTRY}`);
        return withFirstClassicScript(html, config.base + scriptFile);
      },
    },
  };
}
