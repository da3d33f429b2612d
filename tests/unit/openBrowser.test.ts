import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { browserCommand, openBrowser, START_PAGE, startPageHtml, type Launch } from '../../src-main/openBrowser';
import { startWebServer } from '../../src-main/web';
import { tempDir } from './helpers';

// `npm run web` opens the browser without putting the launch token on any command line (the process list is
// readable by every account on the PC): the command names a start page in the data folder that only the owner may
// read, and that page sends the browser on to the address with the token.

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  delete process.env['LEDGER_DATA_DIR'];
});

function folder(): string {
  const dir = tempDir();
  dirs.push(dir);
  return dir;
}

/** The command lines a server would have run, recorded instead of run (so no browser opens in a test). */
function recorder(): { launch: Launch; commands: string[][] } {
  const commands: string[][] = [];
  return { commands, launch: (command, args) => void commands.push([command, ...args]) };
}

/** The address a start page sends the browser to, by its script and by its refresh. */
function targetsOf(html: string): string[] {
  const script = /location\.replace\(("[^"]*")\)/.exec(html)?.[1];
  const refresh = /<meta http-equiv="refresh" content="0; url=([^"]*)">/.exec(html)?.[1];
  return [script ? (JSON.parse(script) as string) : '', (refresh ?? '').replace(/&amp;/g, '&')];
}

describe('opening the browser', () => {
  it('runs a command that names a start page (0600) instead of the address with the token, and removes the page when it stops', async () => {
    const dir = folder();
    process.env['LEDGER_DATA_DIR'] = dir;
    const { launch, commands } = recorder();
    const server = await startWebServer(['--port', '0'], launch);
    const token = new URL(server.url).hash.replace('#token=', '');
    try {
      expect(token).toMatch(/^[0-9a-f]{48}$/);
      expect(commands).toHaveLength(1);
      const command = commands[0]!;
      const page = path.join(dir, START_PAGE);
      const [opener, args] = browserCommand(page);
      expect(command).toEqual([opener, ...args]);
      expect(command.join(' ')).not.toContain(token);
      // Windows has no modes; the page is in the user's own %APPDATA% there.
      if (process.platform !== 'win32') expect(fs.statSync(page).mode & 0o777).toBe(0o600);
      expect(targetsOf(fs.readFileSync(page, 'utf8'))).toEqual([server.url, server.url]);
    } finally {
      await server.close();
    }
    expect(fs.existsSync(path.join(dir, START_PAGE))).toBe(false);
  });

  it('writes a new start page rather than through whatever is in its place (an old page, a link)', () => {
    const dir = folder();
    const elsewhere = path.join(folder(), 'elsewhere.html');
    fs.writeFileSync(elsewhere, 'untouched');
    fs.symlinkSync(elsewhere, path.join(dir, START_PAGE));
    const { launch, commands } = recorder();
    const page = openBrowser('http://127.0.0.1:5000/#token=abc123', dir, launch)!;
    expect(fs.readFileSync(elsewhere, 'utf8')).toBe('untouched');
    expect(fs.lstatSync(page).isSymbolicLink()).toBe(false);
    expect(targetsOf(fs.readFileSync(page, 'utf8'))).toEqual([
      'http://127.0.0.1:5000/#token=abc123',
      'http://127.0.0.1:5000/#token=abc123',
    ]);
    expect(commands.flat().join(' ')).not.toContain('abc123');
  });

  it('leaves the browser to the clerk, rather than failing the start, when the page cannot be written', () => {
    const { launch, commands } = recorder();
    const missing = path.join(folder(), 'gone', 'deeper');
    expect(openBrowser('http://127.0.0.1:5000/#token=abc123', missing, launch)).toBeNull();
    expect(commands).toEqual([]);
  });

  it('opens the page with each system’s own opener', () => {
    expect(browserCommand('/home/a/.config/sifa-ledger/open-ledger.html', 'linux')).toEqual([
      'xdg-open',
      ['/home/a/.config/sifa-ledger/open-ledger.html'],
    ]);
    expect(browserCommand('/Users/a/open-ledger.html', 'darwin')).toEqual(['open', ['/Users/a/open-ledger.html']]);
    expect(browserCommand('C:\\Users\\a\\open-ledger.html', 'win32')).toEqual([
      'cmd',
      ['/c', 'start', '""', 'C:\\Users\\a\\open-ledger.html'],
    ]);
  });

  it('escapes the address it is given, in the script and in the refresh', () => {
    const html = startPageHtml('http://127.0.0.1:5000/?a="b"&c=</script>');
    expect(html).not.toContain('</script>"');
    expect(html).not.toMatch(/url=[^"]*"b"/);
  });
});
