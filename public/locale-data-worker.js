// Loads the reader's locale data off the page's main thread: index.html starts
// this worker while it is parsed (src/config/locale-data-script.ts says why).
// Chromium keeps locale data once per process, so the page's own formats are
// then cheap. A browser without one of these formats skips the rest.
try {
  new Intl.NumberFormat().format(0);
  new Intl.DateTimeFormat().format(0);
  new Intl.RelativeTimeFormat(undefined, { numeric: "auto" }).format(-1, "minute");
  new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment("A")[Symbol.iterator]().next();
} catch {
  // Nothing to do: the page makes its formats either way.
}
close();
