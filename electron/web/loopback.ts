/**
 * Whether a Host header names this machine's loopback interface. Checked on
 * every request so that a web page elsewhere cannot reach the host through
 * DNS rebinding (a hostile name that resolves to 127.0.0.1).
 */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  let url: URL;
  try {
    url = new URL(`http://${host}`);
  } catch {
    return false;
  }
  if (url.username || url.password || url.pathname !== '/' || url.search || url.hash) return false;
  return url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
}

/** Whether an Origin header (when a browser sends one) is this host's own page. */
export function isOwnOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  // A browser sends the bare serialised origin; anything more (a path, a trailing slash) was not written by one.
  if (url.origin !== origin) return false;
  return url.protocol === 'http:' && isLoopbackHost(url.host) && Number(url.port) === port;
}
