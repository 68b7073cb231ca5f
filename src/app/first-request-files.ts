// What the build tells the page's first script (src/first-request.ts) to
// download, written into it by deploy/first-request-script.ts: types only,
// shared by the two.

/**
 * The files of the VM page's own code (src/features/vm/components/vm-page-code.ts)
 * and of each language's catalog (src/lib/i18n/i18n.ts; none for English):
 * each module's own file, then every file it imports beyond the first load.
 */
export interface FirstRequestFiles {
  pageCode: string[];
  catalogs: Partial<Record<string, string[]>>;
}
