// Which of the official fonts this PC lacks, so the app can say what to install before a clerk prints a document in
// a substitute face. The core runs on the clerk's PC in both versions (the browser version's server too), so it looks
// in the PC's font folders itself: every font file's family names are read from its OpenType name table, since file
// names say little (仿宋_GB2312 ships as FS_GB2312.ttf, 方正小标宋简体 as FZXBSJW.TTF or under its Chinese name).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { OfficialFontStatus } from '../../../src-shared/documents';
import { OFFICIAL_FONTS } from './fonts';

/** The folders fonts are installed in, for everyone and for the user, on this operating system. */
export function systemFontFolders(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string[] {
  if (platform === 'win32') {
    const windows = env['WINDIR'] ?? env['SystemRoot'] ?? 'C:\\Windows';
    const local = env['LOCALAPPDATA'] ?? path.win32.join(home, 'AppData', 'Local');
    return [path.win32.join(windows, 'Fonts'), path.win32.join(local, 'Microsoft', 'Windows', 'Fonts')];
  }
  if (platform === 'darwin') {
    return ['/System/Library/Fonts', '/Library/Fonts', path.join(home, 'Library', 'Fonts')];
  }
  const dataHome = env['XDG_DATA_HOME'] || path.join(home, '.local', 'share');
  return ['/usr/share/fonts', '/usr/local/share/fonts', path.join(dataHome, 'fonts'), path.join(home, '.fonts')];
}

const FONT_FILE = /\.(ttf|otf|ttc|otc)$/i;
/** Deep enough for /usr/share/fonts/truetype/<package>/…, shallow enough that a link loop ends. */
const MAX_DEPTH = 5;
/** A name table holds a few hundred names; a larger one is read only this far. */
const MAX_NAME_TABLE = 256 * 1024;

function fontFiles(folder: string, depth = 0): string[] {
  let items: fs.Dirent[];
  try {
    items = fs.readdirSync(folder, { withFileTypes: true });
  } catch {
    return []; // A folder that is not there (no per-user fonts) or cannot be read has no fonts for us.
  }
  return items.flatMap((item) => {
    const full = path.join(folder, item.name);
    if (item.isDirectory() || (item.isSymbolicLink() && depth < MAX_DEPTH && isFolder(full))) {
      return depth < MAX_DEPTH ? fontFiles(full, depth + 1) : [];
    }
    return FONT_FILE.test(item.name) ? [full] : [];
  });
}

function isFolder(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

function readAt(fd: number, offset: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  const read = fs.readSync(fd, buffer, 0, length, offset);
  return buffer.subarray(0, read);
}

const utf16be = new TextDecoder('utf-16be');
/** GBK needs Node's full ICU (Node and Electron ship it); without it such names are skipped, not misread. */
const gbk = (() => {
  try {
    return new TextDecoder('gbk');
  } catch {
    return null;
  }
})();

/** One name record's string: Unicode (UTF-16BE), or the PRC encoding older Chinese fonts use (GBK, zero-padded). */
function decodeName(platform: number, encoding: number, bytes: Buffer): string | null {
  if (platform === 0 || (platform === 3 && (encoding === 0 || encoding === 1 || encoding === 10))) {
    return utf16be.decode(bytes);
  }
  if (platform === 3 && encoding === 3) return gbk?.decode(bytes.filter((b) => b !== 0)) ?? null;
  if (platform === 1 && encoding === 0) return bytes.toString('latin1');
  if (platform === 1 && encoding === 25) return gbk?.decode(bytes) ?? null;
  return null;
}

/** Family and full names (name IDs 1, 4, 16) of the face whose table directory starts at `start`. */
function faceNames(fd: number, start: number): string[] {
  const header = readAt(fd, start, 12);
  if (header.length < 12) return [];
  const tables = header.readUInt16BE(4);
  const directory = readAt(fd, start + 12, tables * 16);
  for (let i = 0; i + 16 <= directory.length; i += 16) {
    if (directory.toString('latin1', i, i + 4) !== 'name') continue;
    const table = readAt(fd, directory.readUInt32BE(i + 8), Math.min(directory.readUInt32BE(i + 12), MAX_NAME_TABLE));
    if (table.length < 6) return [];
    const count = table.readUInt16BE(2);
    const strings = table.readUInt16BE(4);
    const names: string[] = [];
    for (let r = 0; r < count && 6 + r * 12 + 12 <= table.length; r++) {
      const at = 6 + r * 12;
      const nameId = table.readUInt16BE(at + 6);
      if (nameId !== 1 && nameId !== 4 && nameId !== 16) continue;
      const from = strings + table.readUInt16BE(at + 10);
      const bytes = table.subarray(from, from + table.readUInt16BE(at + 8));
      const name = decodeName(table.readUInt16BE(at), table.readUInt16BE(at + 2), bytes);
      if (name) names.push(name.trim());
    }
    return names;
  }
  return [];
}

/** Where each face of a font collection (.ttc) starts. */
function collectionOffsets(fd: number, faces: number): number[] {
  const table = readAt(fd, 12, Math.min(faces, 64) * 4);
  return Array.from({ length: Math.floor(table.length / 4) }, (_, i) => table.readUInt32BE(i * 4));
}

/** Every family name in a font file (a .ttc holds several faces); none for a file that is not a font. */
export function fontFamilies(file: string): string[] {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return [];
  }
  try {
    const head = readAt(fd, 0, 12);
    if (head.length < 12) return [];
    const starts = head.toString('latin1', 0, 4) === 'ttcf' ? collectionOffsets(fd, head.readUInt32BE(8)) : [0];
    return starts.flatMap((start) => faceNames(fd, start));
  } catch {
    return []; // A damaged or truncated file is no font to count on.
  } finally {
    fs.closeSync(fd);
  }
}

/** The official fonts (formats.md §2.1) and, for each, whether it is installed or which fallback will stand in. */
export function officialFontStatus(folders: readonly string[] = systemFontFolders()): OfficialFontStatus {
  const installed = new Set(folders.flatMap((folder) => fontFiles(folder)).flatMap(fontFamilies));
  return {
    fonts: OFFICIAL_FONTS.map((face) => ({
      name: face.name,
      use: face.use,
      installed: installed.has(face.name),
      substitute: face.fallbacks.find((name) => installed.has(name)) ?? null,
    })),
  };
}

/** How long one look at the font folders is kept: a font installed meanwhile shows a minute later at the latest. */
const KEPT_MS = 60_000;
let kept: { at: number; status: OfficialFontStatus } | null = null;

/**
 * The status for this PC, looked up at most once a minute: every record's document menu asks, and a look reads a
 * few hundred font files.
 */
export function officialFontsOfThisPc(now = Date.now()): OfficialFontStatus {
  if (!kept || now - kept.at > KEPT_MS) kept = { at: now, status: officialFontStatus() };
  return kept.status;
}
