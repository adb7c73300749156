import { describe, expect, it } from 'vitest';
import type { RecentSession } from '../../../electron/shared/model';
import { baseName, formatLastOpened, sortRecent } from '../../../renderer/src/shell/lib/recentSessions';

const entry = (name: string, lastOpened: string): RecentSession => ({
  path: `/data/${name}.pizhu`,
  name,
  documents: 1,
  spans: 2,
  lastOpened,
});

describe('baseName', () => {
  it('handles POSIX and Windows separators and trailing separators', () => {
    expect(baseName('/home/li/报告/青岛.pizhu')).toBe('青岛.pizhu');
    expect(baseName('C:\\Users\\li\\青岛.pizhu')).toBe('青岛.pizhu');
    expect(baseName('/tmp/sessions/')).toBe('sessions');
    expect(baseName('plain')).toBe('plain');
  });
});

describe('sortRecent', () => {
  it('puts the most recently opened first without changing the input', () => {
    const input = [entry('a', '2026-01-01T00:00:00Z'), entry('b', '2026-03-01T00:00:00Z'), entry('c', '2026-02-01T00:00:00Z')];
    expect(sortRecent(input).map((s) => s.name)).toEqual(['b', 'c', 'a']);
    expect(input.map((s) => s.name)).toEqual(['a', 'b', 'c']);
  });
});

describe('formatLastOpened', () => {
  const now = new Date('2026-11-28T12:00:00Z');

  it('speaks in the largest whole unit', () => {
    expect(formatLastOpened('2026-11-28T09:00:00Z', now, 'en')).toBe('3 hours ago');
    expect(formatLastOpened('2026-11-25T12:00:00Z', now, 'en')).toBe('3 days ago');
    expect(formatLastOpened('2026-11-27T12:00:00Z', now, 'en')).toBe('yesterday');
  });

  it('speaks Chinese when asked', () => {
    expect(formatLastOpened('2026-11-28T09:00:00Z', now, 'zh')).toBe('3小时前');
    expect(formatLastOpened('2026-11-28T11:59:40Z', now, 'zh')).toBe('刚刚');
    expect(formatLastOpened('2026-11-28T12:00:05Z', now, 'en')).toBe('just now');
  });

  it('shows an unreadable date as given', () => {
    expect(formatLastOpened('not a date', now, 'en')).toBe('not a date');
  });
});
