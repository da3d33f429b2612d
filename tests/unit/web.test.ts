import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { SavedCopy } from '../../src-shared/backups';
import { DownloadTickets, TICKET_LIFETIME_MS } from '../../src-main/core/downloads';
import { startWebServer } from '../../src-main/web';
import { attachment } from '../../src-main/webDownload';
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
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'POST', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
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

  it('takes a chosen file at POST /upload with the token and a login, whole, and refuses it otherwise in Chinese', async () => {
    const { origin, token } = await start();
    const setup = (await fetch(`${origin}/api/auth.setup`, {
      method: 'POST',
      headers: { 'x-ledger-token': token },
      body: JSON.stringify({
        officeName: '东河镇司法所',
        county: null,
        township: null,
        admin: { username: 'admin', name: '王晓红', password: 'ceshi-mima-2026' },
      }),
    }).then((r) => r.json())) as { session: string };
    // Every byte value, a few times over: nothing may be read as text on the way.
    const bytes = Buffer.from(Array.from({ length: 3 * 256 + 7 }, (_, i) => i % 256));
    const name = '东河镇来信来访登记簿（2025年）.xlsx';
    const upload = (headers: Record<string, string>, body: Uint8Array<ArrayBuffer> = bytes) =>
      fetch(`${origin}/upload`, {
        method: 'POST',
        headers: { 'x-ledger-file-name': encodeURIComponent(name), ...headers },
        body,
      }).then(async (r) => ({
        status: r.status,
        body: (await r.json()) as { ok: boolean; value?: unknown; error?: { message: string } },
      }));

    const taken = await upload({ 'x-ledger-token': token, 'x-ledger-session': setup.session });
    expect(taken).toMatchObject({
      status: 200,
      body: {
        ok: true,
        value: { name, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') },
      },
    });
    expect(
      await upload({ 'x-ledger-token': 'f'.repeat(token.length), 'x-ledger-session': setup.session }),
    ).toMatchObject({
      status: 401,
      body: { ok: false, error: { message: expect.stringContaining('访问口令不正确') } },
    });
    expect(await upload({ 'x-ledger-token': token })).toMatchObject({
      body: { ok: false, error: { message: '请先登录' } },
    });
    expect(
      await upload({ 'x-ledger-token': token, 'x-ledger-session': setup.session }, new Uint8Array(0)),
    ).toMatchObject({ body: { ok: false, error: { message: `“${name}”是空文件，没有可导入的内容` } } });
    const huge = new Uint8Array(20 * 1024 * 1024 + 1);
    expect(await upload({ 'x-ledger-token': token, 'x-ledger-session': setup.session }, huge)).toMatchObject({
      status: 400,
      body: { ok: false, error: { message: expect.stringContaining('太大（超过 20 MB）') } },
    });
    // An API call cannot pass bytes off as JSON.
    const asJson = (await fetch(`${origin}/api/uploads.put`, {
      method: 'POST',
      headers: { 'x-ledger-token': token, 'x-ledger-session': setup.session },
      body: JSON.stringify({ name, bytes: [1, 2, 3] }),
    }).then((r) => r.json())) as { ok: boolean; error: { message: string } };
    expect(asJson.ok).toBe(false);
    expect(asJson.error.message).toContain('没有收到文件内容');
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

/** A server whose office is set up, with the administrator's session: what 设置 › 备份与恢复 runs as. */
async function startAsAdmin() {
  const server = await start();
  const call = async <T>(method: string, body: unknown, session?: string) =>
    (await fetch(`${server.origin}/api/${method}`, {
      method: 'POST',
      headers: { 'x-ledger-token': server.token, ...(session ? { 'x-ledger-session': session } : {}) },
      body: JSON.stringify(body),
    }).then((r) => r.json())) as { ok: boolean; value: T; session?: string };
  const setup = await call('auth.setup', {
    officeName: '东河镇司法所',
    county: null,
    township: null,
    admin: { username: 'admin', name: '王晓红', password: 'ceshi-mima-2026' },
  });
  return { ...server, call: <T>(method: string, body: unknown) => call<T>(method, body, setup.session) };
}

describe('web server downloads (备份到… in the browser)', () => {
  it('streams the checked copy once, by its ticket alone, as an attachment with its Chinese name', async () => {
    const { call, origin, port } = await startAsAdmin();
    const saved = await call<SavedCopy>('backups.saveAs', {});
    expect(saved.ok).toBe(true);
    const { downloadUrl, fileName, savedPath, sha256, size } = saved.value;
    expect(downloadUrl).toMatch(/^\/download\/[0-9a-f]{64}$/);

    // Another origin, a wrong Host, a HEAD or a POST is refused and leaves the ticket for the real download.
    const host = `127.0.0.1:${port}`;
    expect(
      (await request(port, downloadUrl!, { method: 'GET', headers: { host: `evil.example:${port}` } })).status,
    ).toBe(421);
    const evil = await request(port, downloadUrl!, { method: 'GET', headers: { host, origin: 'http://evil.example' } });
    expect(evil.status).toBe(403);
    expect((await request(port, downloadUrl!, { method: 'HEAD', headers: { host } })).status).toBe(405);
    expect((await request(port, downloadUrl!, { method: 'POST', headers: { host } })).status).toBe(405);

    // No token header: a link the page navigates to cannot send one.
    const response = await fetch(`${origin}${downloadUrl}`);
    expect(response.status).toBe(200);
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.length).toBe(size);
    expect(createHash('sha256').update(body).digest('hex')).toBe(sha256);
    expect(body.equals(fs.readFileSync(savedPath))).toBe(true);
    expect(response.headers.get('content-length')).toBe(String(size));
    expect(response.headers.get('content-type')).toBe('application/vnd.sqlite3');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="${savedPath.split('/').pop()}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    );
    expect(response.headers.get('repr-digest')).toBe(`sha-256=:${Buffer.from(sha256, 'hex').toString('base64')}:`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('cache-control')).toBe('no-store');

    // Once only; a made-up ticket is no better.
    const again = await fetch(`${origin}${downloadUrl}`);
    expect(again.status).toBe(410);
    expect(await again.text()).toContain('下载链接已失效');
    expect((await fetch(`${origin}/download/${'0'.repeat(64)}`)).status).toBe(410);
  });

  it('encodes any name per RFC 5987, with a plain ASCII name beside it for browsers that want one', () => {
    expect(attachment('司法所电子台账备份-2026-12-02.sqlite3', 'ledger-2026.sqlite3')).toBe(
      'attachment; filename="ledger-2026.sqlite3"; filename*=UTF-8\'\'%E5%8F%B8%E6%B3%95%E6%89%80%E7%94%B5%E5%AD%90%E5%8F%B0%E8%B4%A6%E5%A4%87%E4%BB%BD-2026-12-02.sqlite3',
    );
    expect(attachment(`it's (1) *.sqlite3`, 'x')).toBe(
      `attachment; filename="it's (1) *.sqlite3"; filename*=UTF-8''it%27s%20%281%29%20%2A.sqlite3`,
    );
    expect(attachment('a"b\\c.sqlite3', 'x')).toContain('filename="a_b_c.sqlite3"');
  });

  it('forgets a ticket that is not used within its lifetime', () => {
    let now = 1_000_000;
    const tickets = new DownloadTickets(() => now);
    const offer = { file: '/tmp/x.sqlite3', fileName: 'x.sqlite3', sha256: 'a'.repeat(64) };
    const first = tickets.offer(offer).split('/').pop()!;
    const second = tickets.offer(offer).split('/').pop()!;
    expect(first).not.toBe(second);
    now += TICKET_LIFETIME_MS - 1;
    expect(tickets.redeem(first)).toEqual(offer);
    now += 1;
    expect(tickets.redeem(second)).toBeNull();
  });
});
