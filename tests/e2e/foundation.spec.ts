import { test, expect } from './fixtures';

test('the web mode shows the sample report without console errors', async ({ page, web }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(web.url);
  await expect(page.getByText('市北:发力“五大战场”').first()).toBeVisible();
  await expect(page.getByText('要吃透产业发展现状', { exact: false }).first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('the API refuses requests without the token (401) and from a non-loopback Host (403)', async ({ web }) => {
  const noToken = await fetch(`${web.origin}/api/documents.list`, { method: 'POST', body: '{}' });
  expect(noToken.status).toBe(401);
  const wrongToken = await fetch(`${web.origin}/api/documents.list`, { method: 'POST', body: '{}', headers: { 'x-pizhu-token': 'nope' } });
  expect(wrongToken.status).toBe(401);
  const ok = await fetch(`${web.origin}/api/documents.list`, { method: 'POST', body: '{}', headers: { 'x-pizhu-token': web.token } });
  expect(ok.status).toBe(200);
  expect(((await ok.json()) as { ok: boolean }).ok).toBe(true);

  // fetch() will not let a page set Host, so speak raw HTTP.
  const { request } = await import('node:http');
  const status = await new Promise<number>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: web.port,
        path: '/api/documents.list',
        method: 'POST',
        headers: { host: 'evil.example:80', 'x-pizhu-token': web.token },
      },
      (res) => resolve(res.statusCode ?? 0),
    );
    req.on('error', reject);
    req.end('{}');
  });
  expect(status).toBe(403);
});
