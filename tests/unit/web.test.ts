import fs from 'node:fs';
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebServer } from '../../src-main/web';
import { tempDir } from './helpers';

// The `npm run web` server: loopback only, a per-launch token on every API call, the right Host only.

const running: { close: () => Promise<void>; dir: string }[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) {
    await server.close();
    fs.rmSync(server.dir, { recursive: true, force: true });
  }
  delete process.env['LEDGER_DATA_DIR'];
});

async function start(args: string[] = []) {
  const dir = tempDir();
  process.env['LEDGER_DATA_DIR'] = dir;
  const server = await startWebServer(['--no-open', '--port', '0', ...args]);
  running.push({ close: server.close, dir });
  const url = new URL(server.url);
  return { url: server.url, origin: url.origin, port: Number(url.port), token: url.hash.replace('#token=', ''), dir };
}

function request(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string },
) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'POST', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('web server', () => {
  it('prints a loopback URL carrying a 48-hex-digit token', async () => {
    const { url, token } = await start();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]{48}$/);
    expect(token).toHaveLength(48);
  });

  it('answers an API call that carries the token, from the data folder it was given', async () => {
    const { origin, token, dir } = await start();
    const response = await fetch(`${origin}/api/auth.status`, {
      method: 'POST',
      headers: { 'x-ledger-token': token },
      body: '{}',
    });
    expect(await response.json()).toMatchObject({ ok: true, value: { setupNeeded: true, user: null } });
    expect(fs.existsSync(`${dir}/ledger.sqlite3`)).toBe(true);
  });

  it('asks for a login as well as the token, and answers once the session header is sent', async () => {
    const { origin, token } = await start();
    const post = (method: string, body: unknown, session?: string) =>
      fetch(`${origin}/api/${method}`, {
        method: 'POST',
        headers: { 'x-ledger-token': token, ...(session ? { 'x-ledger-session': session } : {}) },
        body: JSON.stringify(body),
      }).then(
        (r) => r.json() as Promise<{ ok: boolean; session?: string; error?: { message: string; auth?: string } }>,
      );
    expect(await post('lookups.get', {})).toMatchObject({ ok: false, error: { message: '请先登录', auth: 'login' } });
    const setup = await post('auth.setup', {
      officeName: '东河镇司法所',
      county: null,
      township: null,
      admin: { username: 'admin', name: '王晓红', password: 'ceshi-mima-2026' },
    });
    expect(setup.session).toMatch(/^[0-9a-f]{48}$/);
    expect(await post('lookups.get', {}, setup.session)).toMatchObject({ ok: true, value: { committees: [] } });
    expect(await post('lookups.get', {}, 'f'.repeat(48))).toMatchObject({ ok: false, error: { auth: 'login' } });
  });

  it('refuses API calls without the token or with a wrong one, in Chinese', async () => {
    const { origin, token } = await start();
    const attempts: Record<string, string>[] = [
      {},
      { 'x-ledger-token': 'f'.repeat(token.length) },
      { 'x-ledger-token': 'short' },
    ];
    for (const headers of attempts) {
      const response = await fetch(`${origin}/api/lookups.get`, { method: 'POST', headers, body: '{}' });
      expect(response.status).toBe(401);
      const body = (await response.json()) as { ok: boolean; error: { message: string } };
      expect(body.ok).toBe(false);
      expect(body.error.message).toContain('访问口令不正确');
    }
  });

  it('refuses a request whose Host is not 127.0.0.1:port (DNS rebinding)', async () => {
    const { port, token } = await start();
    const response = await request(port, '/api/lookups.get', {
      headers: { host: `evil.example:${port}`, 'x-ledger-token': token },
      body: '{}',
    });
    expect(response.status).toBe(421);
  });

  it('answers a malformed %-escape in the address with 400 and a Chinese message, not a server error', async () => {
    const { origin, port, token } = await start();
    const api = await fetch(`${origin}/api/lookups.get%E0%A4%A`, {
      method: 'POST',
      headers: { 'x-ledger-token': token },
      body: '{}',
    });
    expect(api.status).toBe(400);
    expect(await api.text()).toContain('地址格式不正确');
    const page = await request(port, '/assets/%E0%A4%A.js', { method: 'GET', headers: { host: `127.0.0.1:${port}` } });
    expect(page.status).toBe(400);
  });

  it('answers malformed JSON and unknown methods with a Chinese message, not a stack trace', async () => {
    const { origin, token } = await start();
    const bad = await fetch(`${origin}/api/lookups.get`, {
      method: 'POST',
      headers: { 'x-ledger-token': token },
      body: '{not json',
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('提交的数据格式不正确');
    const unknown = await fetch(`${origin}/api/drop.everything`, {
      method: 'POST',
      headers: { 'x-ledger-token': token },
      body: '{}',
    });
    const body = await unknown.text();
    expect(body).toContain('没有这个功能');
    expect(body).not.toMatch(/\bat \w|Error:/);
  });

  it('only accepts POST on the API and never serves files outside the renderer folder', async () => {
    const { origin, port, token } = await start();
    const get = await fetch(`${origin}/api/lookups.get`, { headers: { 'x-ledger-token': token } });
    expect(get.status).toBe(405);
    const traversal = await request(port, '/../../package.json', {
      method: 'GET',
      headers: { host: `127.0.0.1:${port}` },
    });
    expect(traversal.status).toBe(404);
    expect(traversal.body).not.toContain('"name"');
  });

  it('listens on the port it is given', async () => {
    const probe = http.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const address = probe.address();
    const free = typeof address === 'object' && address ? address.port : 0;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const { port } = await start(['--port', String(free)]);
    expect(port).toBe(free);
  });

  it('rejects an unknown argument with a Chinese message', async () => {
    process.env['LEDGER_DATA_DIR'] = tempDir();
    await expect(startWebServer(['--no-open', '--bogus'])).rejects.toThrow('不认识的参数');
    await expect(startWebServer(['--no-open', '--port', 'abc'])).rejects.toThrow('端口号');
    fs.rmSync(process.env['LEDGER_DATA_DIR'], { recursive: true, force: true });
  });
});

describe('web server guard', () => {
  it('refuses a request from another origin, even with the token, and accepts its own', async () => {
    const { origin, token } = await start();
    const evil = await fetch(`${origin}/api/lookups.get`, {
      method: 'POST',
      headers: { 'x-ledger-token': token, origin: 'http://evil.example' },
      body: '{}',
    });
    expect(evil.status).toBe(403);
    expect(await evil.text()).toContain('拒绝来自其他网页的请求');
    const page = await fetch(`${origin}/`, { headers: { origin: 'http://127.0.0.1:1' } });
    expect(page.status).toBe(403);
    const own = await fetch(`${origin}/api/lookups.get`, {
      method: 'POST',
      headers: { 'x-ledger-token': token, origin },
      body: '{}',
    });
    expect(own.status).toBe(200);
  });

  it('refuses a non-loopback Host on pages as well as the API, and a missing token', async () => {
    const { port, origin } = await start();
    for (const host of [`192.168.1.20:${port}`, `localhost.evil:${port}`, `127.0.0.1`]) {
      expect((await request(port, '/', { method: 'GET', headers: { host } })).status).toBe(421);
    }
    const noToken = await fetch(`${origin}/api/lookups.get`, { method: 'POST', body: '{}' });
    expect(noToken.status).toBe(401);
  });

  it('serves pages with a strict Content-Security-Policy', async () => {
    const { origin } = await start();
    const page = await fetch(`${origin}/`);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
  });

  it('refuses a second server on the same data folder, in Chinese', async () => {
    const { dir } = await start();
    process.env['LEDGER_DATA_DIR'] = dir;
    await expect(startWebServer(['--no-open', '--port', '0'])).rejects.toThrow('正由另一个司法所电子台账程序使用');
  });
});
