import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// `npm run web` opens the default browser on its address, which carries the launch token. Handed to xdg-open (or
// open, or start) as an argument, the token would be in the browser's command line, which every account on the PC
// can read in the process list (ps, /proc). So the browser is opened on a small page in the data folder (the owner's
// only: privateFiles.ts) that sends it on to the address; the command line then names only that file. The page lives
// as long as the server and is removed when it stops; one a killed server left holds a token that died with it.

export const START_PAGE = 'open-ledger.html';

/** Starts `command` with `args`, detached; calls `failed` if it cannot be started. */
export type Launch = (command: string, args: string[], failed: () => void) => void;

export const spawnDetached: Launch = (command, args, failed) => {
  const child = spawn(command, args, { detached: true, stdio: 'ignore' });
  child.on('error', failed);
  child.unref();
};

/** The command that opens `file` in the default browser on `platform`. */
export function browserCommand(file: string, platform: NodeJS.Platform = process.platform): [string, string[]] {
  if (platform === 'win32') return ['cmd', ['/c', 'start', '""', file]];
  if (platform === 'darwin') return ['open', [file]];
  return ['xdg-open', [file]];
}

/** The start page: a page that replaces itself with `url` (a script, and a refresh for a browser without one). */
export function startPageHtml(url: string): string {
  const address = new URL(url).href;
  const attribute = address.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return [
    '<!doctype html>',
    '<html lang="zh-CN"><head><meta charset="utf-8"><meta name="referrer" content="no-referrer">',
    `<meta http-equiv="refresh" content="0; url=${attribute}">`,
    '<title>司法所电子台账</title></head>',
    `<body><script>location.replace(${JSON.stringify(address).replace(/</g, '\\u003c')})</script>`,
    '<p>正在打开司法所电子台账……如果没有自动打开，请在浏览器中打开启动窗口里显示的地址。</p></body></html>',
    '',
  ].join('\n');
}

const OPEN_BY_HAND = '未能自动打开浏览器，请手动打开上面的地址。';

/**
 * Writes the start page for `url` into `folder` (mode 0600, created anew: an older file with other modes, or a link
 * put in its place, is not written through) and opens the browser on it. Returns the page's path, for removal; null
 * when it could not be written (the clerk opens the printed address by hand then).
 */
export function openBrowser(url: string, folder: string, launch: Launch = spawnDetached): string | null {
  const page = path.join(folder, START_PAGE);
  try {
    fs.rmSync(page, { force: true });
    fs.writeFileSync(page, startPageHtml(url), { mode: 0o600, flag: 'wx' });
  } catch {
    console.log(OPEN_BY_HAND);
    return null;
  }
  const [command, args] = browserCommand(page);
  launch(command, args, () => console.log(OPEN_BY_HAND));
  return page;
}
