import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { DOWNLOAD_PATH, type DownloadTickets } from './core/downloads';
import { SECURITY_HEADERS } from './shell/security';

// `npm run web`'s GET /download/<ticket>: the file a ticket stands for (core/downloads.ts), streamed from disk, so a
// 1.2 GB ledger passes through a few buffers and never through the server's or the page's memory whole.

/** Read a MiB at a time (the default is 64 KB): fewer reads and writes for a gigabyte, still next to no memory. */
const READ_CHUNK_BYTES = 1024 * 1024;

const GONE = '下载链接已失效（每个链接只能用一次，两分钟内有效）。请回到“备份与恢复”，重新点击“备份到…”。';
const FILE_GONE = '要下载的备份文件已不在了。请回到“备份与恢复”，重新点击“备份到…”。';

export function isDownload(pathname: string): boolean {
  return pathname.startsWith(DOWNLOAD_PATH);
}

function answer(res: http.ServerResponse, status: number, message: string): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(message);
}

/**
 * `attachment` with the name twice: RFC 5987's `filename*` (UTF-8, for the Chinese name every current browser
 * reads) and a plain `filename` for any that does not (`fallback`, which must be ASCII: the kept copy's own name).
 */
export function attachment(fileName: string, fallback: string): string {
  // encodeURIComponent leaves ' ( ) * unescaped, which RFC 5987's attr-char does not allow.
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  const plain = (/^[\x20-\x7e]+$/.test(fileName) ? fileName : fallback).replace(/["\\]/g, '_');
  return `attachment; filename="${plain}"; filename*=UTF-8''${encoded}`;
}

/** Answers GET /download/<ticket>: the ticket is taken (it works once) and its file streamed. */
export function serveDownload(
  tickets: DownloadTickets,
  pathname: string,
  method: string | undefined,
  res: http.ServerResponse,
): void {
  // Anything but GET (a HEAD, a preflight) leaves the ticket for the download itself.
  if (method !== 'GET') return answer(res, 405, '下载只接受 GET 请求');
  const offer = tickets.redeem(pathname.slice(DOWNLOAD_PATH.length));
  if (!offer) return answer(res, 410, GONE);
  let fd: number;
  let size: number;
  try {
    fd = fs.openSync(offer.file, 'r');
    size = fs.fstatSync(fd).size;
  } catch {
    return answer(res, 410, FILE_GONE);
  }
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': 'application/vnd.sqlite3',
    'content-length': String(size),
    'content-disposition': attachment(offer.fileName, path.basename(offer.file)),
    'cache-control': 'no-store',
    // RFC 9530: the receiver can check the bytes it got against the hash the copy was checked with.
    'repr-digest': `sha-256=:${Buffer.from(offer.sha256, 'hex').toString('base64')}:`,
  });
  // pipeline waits for the browser to take each piece before reading the next; a download cancelled half-way ends
  // the stream and closes the file.
  pipeline(fs.createReadStream(offer.file, { fd, highWaterMark: READ_CHUNK_BYTES }), res, () => {});
}
