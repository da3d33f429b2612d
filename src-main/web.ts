import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { resolveDataDir } from './core/dataDir';
import { UserError } from './core/errors';
import { makeNewFilesPrivate } from './core/privateFiles';
import { startCore } from './core/startup';
import { MAX_UPLOAD_BYTES } from './core/uploads';
import { UPLOAD_NAME_HEADER, UPLOAD_PATH } from '../src-shared/api/uploads';
import { openBrowser, spawnDetached, type Launch } from './openBrowser';
import { SECURITY_HEADERS } from './shell/security';
import { isDownload, serveDownload } from './webDownload';
import { refuseRequest, TOKEN_HEADER } from './webGuard';

// `npm run web`: the same core and renderer as the desktop app, served on 127.0.0.1 only. Every API call must carry
// this launch's secret token, so other local users and web pages in the same browser cannot reach the data.

const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** After auth.login the tab sends its session id here (the login applies in addition to the token). */
const SESSION_HEADER = 'x-ledger-session';
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

interface WebOptions {
  port: number;
  open: boolean;
}

function parseArgs(argv: string[]): WebOptions {
  const options: WebOptions = { port: 0, open: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--no-open') options.open = false;
    else if (arg === '--port') {
      const port = Number(argv[++i]);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError('--port 后面应是 0–65535 的端口号');
      options.port = port;
    } else throw new UserError(`不认识的参数：${arg}（可用：--port N、--no-open）`);
  }
  return options;
}

/**
 * LEDGER_START_BACKUP_AFTER_MS: how long after start the start-up copy is taken (default 20 s, startup.ts). For the
 * end-to-end tests, which cannot wait that long for the copy's check; not meant for the office.
 */
function startBackupAfterMs(env: NodeJS.ProcessEnv): { startBackupAfterMs?: number } {
  const text = env['LEDGER_START_BACKUP_AFTER_MS']?.trim();
  if (!text) return {};
  const ms = Number(text);
  if (!Number.isInteger(ms) || ms < 0) throw new UserError('LEDGER_START_BACKUP_AFTER_MS 应是不小于 0 的整数（毫秒）');
  return { startBackupAfterMs: ms };
}

/**
 * LEDGER_TODAY (YYYY-MM-DD): the day the core counts deadlines from, in place of the computer's. For the end-to-end
 * tests of dated reminders (the browser's clock is set to the same day); not meant for the office.
 */
function fixedToday(env: NodeJS.ProcessEnv): { today?: () => string } {
  const text = env['LEDGER_TODAY']?.trim();
  if (!text) return {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new UserError('LEDGER_TODAY 应是 YYYY-MM-DD 格式的日期');
  return { today: () => text };
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new UserError('提交的数据太大');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * POST /upload's file (src-shared/api/uploads.ts): its bytes as sent, its name from the header; read up to the
 * largest file the core holds, so a huge body is refused before it is all in memory.
 */
async function readUpload(req: http.IncomingMessage): Promise<{ name: string; bytes: Buffer } | { message: string }> {
  const header = req.headers[UPLOAD_NAME_HEADER];
  let name: string;
  try {
    name = typeof header === 'string' ? decodeURIComponent(header) : '';
  } catch {
    return { message: '文件名格式不正确' };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_UPLOAD_BYTES) {
      req.resume();
      return {
        message: `“${name}”太大（超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB）。请把各年度分成几个文件再导入`,
      };
    }
    chunks.push(chunk as Buffer);
  }
  return { name, bytes: Buffer.concat(chunks) };
}

export async function startWebServer(
  argv: string[],
  /** What starts the browser: a test takes the command line it would run. */
  launch: Launch = spawnDetached,
): Promise<{ url: string; close: () => Promise<void> }> {
  const options = parseArgs(argv);
  const dataDir = resolveDataDir();
  // Locks the data folder (a second program on it is refused) and shows the recovery screen on a damaged file.
  const core = await startCore(dataDir, { ...startBackupAfterMs(process.env), ...fixedToday(process.env) });
  const token = randomBytes(24).toString('hex');
  const staticRoot = path.join(import.meta.dirname, '../renderer');
  let expectedHost = '';

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', `http://${expectedHost}`);
      const isUpload = url.pathname === UPLOAD_PATH;
      const isApi = url.pathname.startsWith('/api/') || isUpload;
      const given = req.headers[TOKEN_HEADER];
      const refusal = refuseRequest(
        {
          host: req.headers.host,
          origin: req.headers.origin,
          token: typeof given === 'string' ? given : undefined,
          isApi,
        },
        expectedHost,
        token,
      );
      if (refusal) return sendJson(res, refusal.status, { ok: false, error: { message: refusal.message } });
      if (isUpload) {
        if (req.method !== 'POST') return sendJson(res, 405, { ok: false, error: { message: '只接受 POST 请求' } });
        const session = req.headers[SESSION_HEADER];
        const input = await readUpload(req);
        if ('message' in input) return sendJson(res, 400, { ok: false, error: input });
        const result = await core.invoke('uploads.put', input, typeof session === 'string' ? session : null);
        return sendJson(res, 200, result);
      }
      if (isApi) {
        if (req.method !== 'POST') return sendJson(res, 405, { ok: false, error: { message: '只接受 POST 请求' } });
        let input: unknown;
        try {
          const body = await readBody(req);
          input = body ? JSON.parse(body) : {};
        } catch (error) {
          const message = error instanceof UserError ? error.message : '提交的数据格式不正确';
          return sendJson(res, 400, { ok: false, error: { message } });
        }
        const session = req.headers[SESSION_HEADER];
        const method = decodedPath(url.pathname.slice('/api/'.length));
        if (method === null) return sendJson(res, 400, { ok: false, error: { message: MALFORMED_ADDRESS } });
        const result = await core.invoke(method, input, typeof session === 'string' ? session : null);
        return sendJson(res, 200, result);
      }
      // A download link cannot carry the token header: its one-time ticket stands in for it (core/downloads.ts).
      if (isDownload(url.pathname)) return serveDownload(core.backups.downloads, url.pathname, req.method, res);
      return serveStatic(staticRoot, url.pathname, res);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { message: '服务器内部错误' } });
    }
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, '127.0.0.1', resolve);
    });
  } catch (error) {
    await core.close();
    throw error;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  expectedHost = `127.0.0.1:${port}`;
  const url = `http://${expectedHost}/#token=${token}`;
  console.log(`数据文件夹：${dataDir}`);
  console.log(url);
  const startPage = options.open ? openBrowser(url, dataDir, launch) : null;

  const close = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    if (startPage) fs.rmSync(startPage, { force: true });
    await core.close();
  };
  return { url, close };
}

const MALFORMED_ADDRESS = '地址格式不正确';

/** A path's %-escapes decoded, or null where one is malformed (`%E0%A4%A`): the caller's mistake, not the server's. */
function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

function serveStatic(root: string, pathname: string, res: http.ServerResponse): void {
  const decoded = pathname === '/' ? 'index.html' : decodedPath(pathname);
  if (decoded === null) {
    res.writeHead(400, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
    res.end(MALFORMED_ADDRESS);
    return;
  }
  const relative = decoded.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' });
    res.end('找不到该页面');
    return;
  }
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
  });
  fs.createReadStream(file).pipe(res);
}

const isEntry = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (isEntry) {
  // Before the data folder is made: the ledger, its backups and documents are the owner's only.
  makeNewFilesPrivate();
  startWebServer(process.argv.slice(2))
    .then(({ close }) => {
      const stop = () => void close().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    })
    .catch((error: unknown) => {
      console.error(
        error instanceof UserError
          ? error.message
          : `启动失败：${error instanceof Error ? error.message : String(error)}`,
      );
      process.exit(1);
    });
}
