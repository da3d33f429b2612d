// Whether the PC has the fonts the documents are set in (formats.md §2.1, §10 item 5): font files found in the font
// folders are read by their name tables, as the files a clerk installs are named anything. Fonts here are made by the
// test: the smallest OpenType files with just a name table, in Unicode or in the GBK encoding older Chinese fonts use.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCore } from '../../src-main/core';
import { fontFamilies, officialFontStatus, systemFontFolders } from '../../src-main/core/documents/installedFonts';
import { invokeAsAdmin } from '../support/session';
import { tempDir } from './helpers';

type Encoding = 'unicode' | 'gbk';

/** 方正小标宋简体 in GBK (code page 936), as a font of the 1990s stores its name. */
const GBK_NAMES: Record<string, Buffer> = { 方正小标宋简体: Buffer.from('b7bdd5fdd0a1b1eacbcebcf2cce5', 'hex') };

/** A name table naming one face: each name as family (1) and full name (4). */
function nameTable(names: readonly string[], encoding: Encoding): Buffer {
  const strings = names.map((name) => {
    const gbk = GBK_NAMES[name];
    if (encoding === 'unicode' || !gbk) return Buffer.from(name, 'utf16le').swap16();
    return gbk;
  });
  const records = strings.flatMap((bytes, i) => [1, 4].map((nameId) => ({ nameId, bytes, i })));
  const header = Buffer.alloc(6 + records.length * 12);
  header.writeUInt16BE(0, 0);
  header.writeUInt16BE(records.length, 2);
  header.writeUInt16BE(header.length, 4);
  const offsets: number[] = [];
  strings.reduce((at, bytes) => (offsets.push(at), at + bytes.length), 0);
  records.forEach(({ nameId, bytes, i }, r) => {
    const at = 6 + r * 12;
    header.writeUInt16BE(3, at);
    header.writeUInt16BE(encoding === 'unicode' ? 1 : 3, at + 2);
    header.writeUInt16BE(0x0804, at + 4);
    header.writeUInt16BE(nameId, at + 6);
    header.writeUInt16BE(bytes.length, at + 8);
    header.writeUInt16BE(offsets[i] ?? 0, at + 10);
  });
  return Buffer.concat([header, ...strings]);
}

/** One face (sfnt) with only its name table, starting at `base` in its file. */
function face(names: readonly string[], encoding: Encoding, base: number): Buffer {
  const table = nameTable(names, encoding);
  const head = Buffer.alloc(12 + 16);
  head.writeUInt32BE(0x00010000, 0);
  head.writeUInt16BE(1, 4);
  head.write('name', 12, 'latin1');
  head.writeUInt32BE(base + head.length, 20);
  head.writeUInt32BE(table.length, 24);
  return Buffer.concat([head, table]);
}

function fontFile(names: readonly string[], encoding: Encoding = 'unicode'): Buffer {
  return face(names, encoding, 0);
}

/** A collection (.ttc) of faces, each named by its list. */
function collection(faces: readonly (readonly string[])[]): Buffer {
  const head = Buffer.alloc(12 + faces.length * 4);
  head.write('ttcf', 0, 'latin1');
  head.writeUInt32BE(0x00010000, 4);
  head.writeUInt32BE(faces.length, 8);
  const parts: Buffer[] = [];
  let at = head.length;
  faces.forEach((names, i) => {
    head.writeUInt32BE(at, 12 + i * 4);
    const part = face(names, 'unicode', at);
    parts.push(part);
    at += part.length;
  });
  return Buffer.concat([head, ...parts]);
}

const dirs: string[] = [];
function folderWith(files: Record<string, Buffer>): string {
  const dir = tempDir();
  dirs.push(dir);
  for (const [name, bytes] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), bytes);
  }
  return dir;
}

afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('reading a font file’s names', () => {
  it('reads Unicode names, the GBK names of older Chinese fonts, and every face of a collection', () => {
    const dir = folderWith({
      'FS_GB2312.ttf': fontFile(['仿宋_GB2312']),
      'OLD.TTF': fontFile(['方正小标宋简体'], 'gbk'),
      'simsun.ttc': collection([
        ['宋体', 'SimSun'],
        ['新宋体', 'NSimSun'],
      ]),
    });
    expect(fontFamilies(path.join(dir, 'FS_GB2312.ttf'))).toContain('仿宋_GB2312');
    expect(fontFamilies(path.join(dir, 'OLD.TTF'))).toContain('方正小标宋简体');
    expect(fontFamilies(path.join(dir, 'simsun.ttc'))).toEqual(expect.arrayContaining(['宋体', 'SimSun', '新宋体']));
  });

  it('finds nothing in a file that is not a font, or is cut short, or is not there', () => {
    const dir = folderWith({ 'broken.ttf': Buffer.from('not a font at all'), 'short.otf': Buffer.alloc(3) });
    expect(fontFamilies(path.join(dir, 'broken.ttf'))).toEqual([]);
    expect(fontFamilies(path.join(dir, 'short.otf'))).toEqual([]);
    expect(fontFamilies(path.join(dir, 'absent.ttf'))).toEqual([]);
  });
});

describe('which official fonts this PC has', () => {
  it('a PC without them: both missing, nothing to stand in', () => {
    const status = officialFontStatus([folderWith({}), path.join(tempDir(), 'no such folder')]);
    expect(status.fonts).toEqual([
      { name: '仿宋_GB2312', use: '正文', installed: false, substitute: null },
      { name: '方正小标宋简体', use: '标题', installed: false, substitute: null },
    ]);
  });

  it('finds fonts in sub-folders and under any file name; names the fallback that will stand in', () => {
    const system = folderWith({
      'truetype/fangsong/FS_GB2312.ttf': fontFile(['仿宋_GB2312']),
      'simsun.ttc': collection([['宋体', 'SimSun']]),
      'README.txt': Buffer.from('fonts'),
    });
    const user = folderWith({ 'STZHONGS.TTF': fontFile(['华文中宋', 'STZhongsong']) });
    expect(officialFontStatus([system]).fonts).toEqual([
      { name: '仿宋_GB2312', use: '正文', installed: true, substitute: null },
      { name: '方正小标宋简体', use: '标题', installed: false, substitute: '宋体' },
    ]);
    // 华文中宋 comes before 宋体 among 方正小标宋简体's fallbacks (formats.md §2.1).
    expect(officialFontStatus([system, user]).fonts[1]).toEqual({
      name: '方正小标宋简体',
      use: '标题',
      installed: false,
      substitute: '华文中宋',
    });
    const both = folderWith({ '方正小标宋简体.ttf': fontFile(['方正小标宋简体']) });
    expect(officialFontStatus([system, both]).fonts.every((f) => f.installed)).toBe(true);
  });

  it('looks in the system’s and the user’s font folders of each operating system', () => {
    expect(
      systemFontFolders(
        'win32',
        { WINDIR: 'C:\\Windows', LOCALAPPDATA: 'C:\\Users\\王\\AppData\\Local' },
        'C:\\Users\\王',
      ),
    ).toEqual(['C:\\Windows\\Fonts', 'C:\\Users\\王\\AppData\\Local\\Microsoft\\Windows\\Fonts']);
    expect(systemFontFolders('linux', {}, '/home/wang')).toEqual([
      '/usr/share/fonts',
      '/usr/local/share/fonts',
      '/home/wang/.local/share/fonts',
      '/home/wang/.fonts',
    ]);
    expect(systemFontFolders('darwin', {}, '/Users/wang')).toContain('/Users/wang/Library/Fonts');
  });

  it('documents.fonts answers for this PC, as the document menu asks it', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const core = createCore(dir, { log: () => {} });
    try {
      const result = await invokeAsAdmin(core, 'documents.fonts', {});
      expect(result).toEqual({ ok: true, value: officialFontStatus() });
      const refused = await invokeAsAdmin(core, 'documents.fonts', { folder: '/' });
      expect(refused.ok).toBe(false);
    } finally {
      await core.close();
    }
  });
});
