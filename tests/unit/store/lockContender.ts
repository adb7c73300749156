import { existsSync, writeSync } from 'node:fs';
import { PizhuError } from '../../../electron/shared/errors';
import { SessionLock } from '../../../electron/core/store/sessionLock';

/**
 * Child process for the lock race: says "ready", waits for the go file to
 * appear, then tries to take the session lock and says "held" or
 * "refused CODE". A holder keeps the lock until it is killed, so that a later
 * contender cannot take it legitimately after a release.
 */
const [dir, go] = process.argv.slice(2);
if (!dir || !go) throw new Error('usage: lockContender.ts SESSION_DIR GO_FILE');
writeSync(1, 'ready\n');
// Spin rather than poll on a timer: every contender should leave this line as close to the same instant as the machine allows.
while (!existsSync(go));
try {
  SessionLock.acquire(dir);
  writeSync(1, 'held\n');
} catch (error) {
  writeSync(1, `refused ${error instanceof PizhuError ? error.code : (error as Error).message}\n`);
}
setInterval(() => undefined, 60_000);
