import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sessionArg } from '../../../electron/main/args';

const cwd = resolve('/home/analyst');

describe('sessionArg', () => {
  it('reads --session PATH and --session=PATH, resolved against the working folder', () => {
    expect(sessionArg(['/usr/bin/electron', '.', '--session', 'work/市北.pizhu'], cwd)).toBe(resolve(cwd, 'work/市北.pizhu'));
    expect(sessionArg(['pizhu', '--session=/data/a.pizhu'], cwd)).toBe(resolve('/data/a.pizhu'));
  });

  it('ignores the switches Electron and Chromium add', () => {
    expect(sessionArg(['pizhu', '--no-sandbox', '--session', 'a.pizhu', '--inspect'], cwd)).toBe(resolve(cwd, 'a.pizhu'));
  });

  it('answers null when no session is named', () => {
    expect(sessionArg(['pizhu', '.'], cwd)).toBeNull();
    expect(sessionArg(['pizhu', '--session'], cwd)).toBeNull();
    expect(sessionArg(['pizhu', '--session='], cwd)).toBeNull();
    expect(sessionArg(['pizhu', '--session', '--no-sandbox'], cwd)).toBeNull();
  });
});
