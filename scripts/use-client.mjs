// Which emitted modules carry React's 'use client' directive. Used by vite.config.ts (as the
// output banner, since bundlers drop source directives) and by the tests and the dist check.
//
// A module is a client module when it uses React at run time: every module under react/ except
// the barrel react/index.js, which only re-exports. The root index.js, core, the catalogue and the
// locales stay directive-free, so a Server Component or a route handler can call getStatusInfo,
// toElbError and the rest of the core from the root entry, while the components and hooks it
// re-exports stay client references.

/** Barrels that only re-export: a directive here would turn every core function into a client reference. */
export const REEXPORT_ONLY = new Set(['index.js', 'react/index.js']);

/** True when the emitted file `fileName` (relative to dist/) must start with 'use client'. */
export function needsClientDirective(fileName) {
  const name = String(fileName).replace(/\\/g, '/');
  return name.startsWith('react/') && name.endsWith('.js') && !REEXPORT_ONLY.has(name);
}

/** The banner for one emitted chunk. */
export function clientDirectiveBanner(chunk) {
  return needsClientDirective(chunk.fileName) ? "'use client';" : '';
}
