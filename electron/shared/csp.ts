/**
 * The renderer's Content Security Policy, declared once: the build writes it
 * into the page's <meta> (electron.vite.config.ts), and both hosts send it as
 * a header with what they serve (electron/main/appProtocol.ts,
 * electron/web/webServer.ts). The page runs only its own bundled scripts and
 * style sheets, and reaches nothing outside the app. No 'unsafe-inline' for
 * styles: the UI sets styles through the CSSOM (element.style), which the
 * policy does not restrict, and the page's <meta> was this strict before,
 * so a laxer header never took effect anyway.
 */
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The same policy as a response header, plus what only a header can say (a <meta> policy cannot forbid framing). */
export const HEADER_CSP = `${PAGE_CSP}; frame-ancestors 'none'`;
