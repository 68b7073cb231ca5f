/**
 * A classic script that index.html runs while it is parsed (vite.config.ts
 * writes it in): it makes one number, date and relative-time format in the
 * reader's locale, which loads that locale's data.
 *
 * Why: the first Intl format a page makes loads the locale's data, one
 * indivisible piece of work of about 15 ms on a desktop and over 100 ms on a
 * low-end phone. Done here it falls in time the page spends waiting for its
 * code anyway; done by the app it is one long task between the code's
 * arrival and the page's figures, blocking a tap. The app does not depend on
 * it: it makes its own formats (src/utils/intl-formats.ts), which are then
 * cheap.
 *
 * The Content-Security-Policy allows exactly this script by its hash
 * (deploy/security-headers.ts) and no other inline script. A browser without
 * one of these formats skips the rest: the app says nothing of it.
 */
export const LOCALE_DATA_SCRIPT =
  'try{new Intl.NumberFormat().format(0);new Intl.DateTimeFormat().format(0);new Intl.RelativeTimeFormat(void 0,{numeric:"auto"}).format(-1,"minute")}catch(e){}';
