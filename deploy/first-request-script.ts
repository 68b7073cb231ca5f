// The page's first request in a script of its own (src/first-request.ts),
// listed in index.html before the app. Vite bundles every module script of
// a page into one entry, so this script is a build input of its own, and its
// tag is written into the page here: `/src/first-request.ts` under the
// development server, its built file in a build. A few kilobytes against the
// app's hundred and more, it arrives first and runs as soon as the document
// is parsed: module scripts run in the page's order, each once it is here.
import type { Plugin } from "vite";

export const FIRST_REQUEST_ENTRY = "src/first-request.ts";

/** `html` with a module script for `src` just before the app's own module script, `app`. */
export function withFirstScript(html: string, src: string, app: RegExp): string {
  const at = html.search(app);
  if (at === -1) throw new Error("index.html has no app script to put the first request before");
  const tag = `<script type="module" crossorigin src="${src}"></script>\n    `;
  return html.slice(0, at) + tag + html.slice(at);
}

// Under the development server the app's script is its source, after the
// server's own client (which sets the build's constants the settings read);
// in a build, the one script Vite writes.
const DEV_APP = /<script type="module" src="\/src\/main\.tsx"/;
const BUILT_APP = /<script type="module" crossorigin src="/;

export function firstRequestScriptPlugin(): Plugin {
  return {
    name: "openscaler-first-request-script",
    config: () => ({
      build: {
        rolldownOptions: { input: { index: "index.html", "first-request": FIRST_REQUEST_ENTRY } },
      },
    }),
    transformIndexHtml: {
      order: "post",
      handler(html, context) {
        if (!context.bundle) return withFirstScript(html, `/${FIRST_REQUEST_ENTRY}`, DEV_APP);
        const chunk = Object.values(context.bundle).find(
          (output) =>
            output.type === "chunk" &&
            output.isEntry &&
            output.facadeModuleId?.endsWith(`/${FIRST_REQUEST_ENTRY}`),
        );
        if (!chunk) throw new Error(`The build has no chunk for ${FIRST_REQUEST_ENTRY}`);
        return withFirstScript(html, `/${chunk.fileName}`, BUILT_APP);
      },
    },
  };
}
