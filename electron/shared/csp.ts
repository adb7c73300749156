/**
 * The renderer's Content Security Policy, declared once: the build writes it
 * into the page's <meta> (electron.vite.config.ts, which gives the dev server
 * the relaxed policy below), and both hosts send it as a header with what
 * they serve (electron/main/appProtocol.ts, electron/web/webServer.ts). The
 * page runs only its own bundled scripts and style sheets, and reaches
 * nothing outside the app. No 'unsafe-inline' for styles: the UI sets styles
 * through the CSSOM (element.style), which the policy does not restrict, and
 * the page's <meta> was this strict before, so a laxer header never took
 * effect anyway.
 */
const PAGE_DIRECTIVES: Record<string, readonly string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

function policy(directives: Record<string, readonly string[]>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

export const PAGE_CSP = policy(PAGE_DIRECTIVES);

/** The same policy as a response header, plus what only a header can say (a <meta> policy cannot forbid framing). */
export const HEADER_CSP = `${PAGE_CSP}; frame-ancestors 'none'`;

/**
 * The page's policy under `npm run dev`, relaxed for the dev server only: it injects inline scripts and styles (React
 * refresh, CSS modules) and talks over a websocket. Builds keep the strict policy.
 */
export const DEV_PAGE_CSP = policy({
  ...PAGE_DIRECTIVES,
  'script-src': ["'self'", "'unsafe-inline'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'connect-src': ["'self'", 'ws://localhost:*', 'http://localhost:*'],
});
