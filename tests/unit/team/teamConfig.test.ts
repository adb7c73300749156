import { describe, expect, it } from 'vitest';
import { TeamConfigSchema } from '../../../electron/core/team/teamSession';

const problems = (server: string) => {
  const parsed = TeamConfigSchema.safeParse({ server, db: 'project' });
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
};

describe('a team config', () => {
  it('takes an http or https URL without credentials', () => {
    expect(problems('http://127.0.0.1:5984')).toEqual([]);
    expect(problems('https://couch.example.org/')).toEqual([]);
  });

  it('refuses, rather than throws on, a text that is no URL (the fuzz test found __proto__)', () => {
    for (const server of ['__proto__', '', 'not a url', 'toString']) expect(problems(server)).toContain('an http or https URL');
  });

  it('refuses another scheme and a URL that carries a user name or password', () => {
    expect(problems('ftp://example.org')).toContain('an http or https URL');
    expect(problems('http://me:secret@127.0.0.1:5984')).toContain('no user name or password in the URL');
  });
});
