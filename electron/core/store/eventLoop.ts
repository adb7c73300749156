/**
 * Let the event loop run once: timers, I/O and other requests get their turn
 * before the caller goes on. Long work in the host (100,000 spans at once)
 * yields between chunks with this, so the window and the web host still answer.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
