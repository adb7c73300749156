import { writeSync } from 'node:fs';
import { SessionStore } from '../../../electron/core/store/SessionStore';

/**
 * Child process for the lock tests: opens the session named on the command
 * line as its writer, says "ready" on stdout, and holds it until killed.
 */
const path = process.argv[2];
if (!path) throw new Error('usage: holdSession.ts SESSION_DIR');
await SessionStore.open(path, { create: true });
writeSync(1, 'ready\n');
setInterval(() => undefined, 60_000);
