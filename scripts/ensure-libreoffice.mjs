// LibreOffice (soffice) and poppler-utils (pdfinfo, pdftotext, pdftoppm) check the generated Word documents the way
// an independent reader would: convert to PDF, count pages, read the text, render PNGs.
// `node scripts/ensure-libreoffice.mjs` finds them, installing them (apt, as root) when missing; `npm test` calls
// ensureLibreOffice(). The render test and scripts/samples.mjs only use findLibreOffice()/convertToPdf(): they never
// install anything.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Calc converts the Excel returns and books (tests/unit/reports.print.test.ts, scripts/report-samples.mjs).
const PACKAGES = ['libreoffice-writer-nogui', 'libreoffice-calc-nogui', 'poppler-utils', 'fonts-noto-cjk'];
const SOFFICE_PATHS = [
  '/usr/bin/soffice',
  '/usr/bin/libreoffice',
  '/usr/lib/libreoffice/program/soffice',
  '/opt/libreoffice/program/soffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
];

function isFile(file) {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function which(command) {
  const result = spawnSync(
    process.platform === 'win32' ? 'where' : 'sh',
    process.platform === 'win32' ? [command] : ['-c', `command -v ${command}`],
    {
      encoding: 'utf8',
    },
  );
  const found = result.status === 0 ? result.stdout.split(/\r?\n/)[0]?.trim() : '';
  return found ? found : null;
}

/** soffice's path, or null: env SOFFICE_PATH, then PATH (soffice, libreoffice), then the usual install folders. */
export function findSoffice() {
  const fromEnv = process.env.SOFFICE_PATH?.trim();
  if (fromEnv && isFile(fromEnv)) return path.resolve(fromEnv);
  return which('soffice') ?? which('libreoffice') ?? SOFFICE_PATHS.find(isFile) ?? null;
}

/** The tools the document checks need; `missing` names what is not installed. */
export function findLibreOffice() {
  const soffice = findSoffice();
  const pdfinfo = which('pdfinfo');
  const pdftotext = which('pdftotext');
  const pdftoppm = which('pdftoppm');
  const missing = [
    ...(soffice ? [] : ['LibreOffice (soffice)']),
    ...(pdfinfo && pdftotext && pdftoppm ? [] : ['poppler-utils (pdfinfo, pdftotext, pdftoppm)']),
  ];
  return { soffice, pdfinfo, pdftotext, pdftoppm, missing };
}

export function installHint() {
  return [
    '请先安装 LibreOffice 与 poppler-utils（运行 npm test 会在 Debian/Ubuntu 上以 root 自动安装）：',
    `  sudo apt-get install -y ${PACKAGES.join(' ')}`,
    'Install LibreOffice and poppler-utils first (`npm test` installs them itself as root on Debian/Ubuntu):',
    `  sudo apt-get install -y ${PACKAGES.join(' ')}`,
    '  or set SOFFICE_PATH to an installed soffice.',
  ].join('\n');
}

/**
 * The Windows fonts the documents name, mapped to the CJK fonts Linux has: serif (Song-like) faces, closest to 仿宋
 * and 小标宋, rather than fontconfig's default sans fallback. Used for the conversion only, through FONTCONFIG_FILE.
 */
const FONT_ALIASES = {
  'Noto Serif CJK SC': ['仿宋_GB2312', '仿宋', 'FangSong', '宋体', 'SimSun', '方正小标宋简体', '华文中宋'],
  'Noto Sans CJK SC': ['黑体', 'SimHei'],
};

function fontConfig(dir) {
  const aliases = Object.entries(FONT_ALIASES).flatMap(([target, names]) =>
    names.map(
      (name) => `  <alias binding="strong"><family>${name}</family><prefer><family>${target}</family></prefer></alias>`,
    ),
  );
  const file = path.join(dir, 'fonts.conf');
  const system = ['/etc/fonts/fonts.conf'].filter(isFile).map((f) => `  <include ignore_missing="yes">${f}</include>`);
  fs.writeFileSync(
    file,
    [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
      '<fontconfig>',
      ...system,
      ...aliases,
      '</fontconfig>',
      '',
    ].join('\n'),
  );
  return file;
}

/**
 * Converts .docx files to PDF in one soffice run (starting soffice is most of the cost), with a private profile so
 * parallel runs and a desktop LibreOffice never fight over the user profile's lock. Returns the PDF paths, in order.
 */
export function convertToPdf(files, outDir, { timeoutMs = 60_000 * Math.max(1, files.length) } = {}) {
  const soffice = findSoffice();
  if (!soffice) throw new Error(`未找到 LibreOffice（soffice）。\n${installHint()}`);
  fs.mkdirSync(outDir, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'));
  try {
    const result = spawnSync(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        ...files,
      ],
      { encoding: 'utf8', timeout: timeoutMs, env: { ...process.env, FONTCONFIG_FILE: fontConfig(profile) } },
    );
    const pdfs = files.map((file) => path.join(outDir, `${path.basename(file, path.extname(file))}.pdf`));
    const lacking = pdfs.filter((pdf) => !isFile(pdf));
    if (result.error || lacking.length > 0) {
      throw new Error(
        `LibreOffice 转换失败（conversion failed）：${result.error?.message ?? `缺少 ${lacking.map((p) => path.basename(p)).join('、')}`}\n${result.stderr ?? ''}`,
      );
    }
    return pdfs;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** Number of pages of a PDF, from pdfinfo. */
export function pdfPages(pdf) {
  const result = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const match = /^Pages:\s+(\d+)/m.exec(result.stdout ?? '');
  if (!match) throw new Error(`pdfinfo 读不出页数：${pdf}\n${result.stderr ?? ''}`);
  return Number(match[1]);
}

/** The text of a PDF's pages (all, or first..last), layout kept, from pdftotext. */
export function pdfText(pdf, first, last) {
  const range = first ? ['-f', String(first), '-l', String(last ?? first)] : [];
  const result = spawnSync('pdftotext', ['-layout', ...range, pdf, '-'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pdftotext 失败：${pdf}\n${result.stderr ?? ''}`);
  return result.stdout;
}

function canApt() {
  return process.platform === 'linux' && process.getuid?.() === 0 && which('apt-get') !== null;
}

function run(command, args) {
  console.log(`> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

/**
 * Find LibreOffice and poppler-utils, installing them with apt (as root) when missing. Returns true when all are there.
 */
export function ensureLibreOffice() {
  let tools = findLibreOffice();
  if (tools.missing.length > 0 && canApt()) {
    console.log(`未找到 ${tools.missing.join('、')}，正在用 apt-get 安装 ${PACKAGES.join(' ')}……`);
    if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', ...PACKAGES])) tools = findLibreOffice();
  }
  if (tools.missing.length > 0) {
    console.error(`\n未找到 ${tools.missing.join('、')}：Word 文书的转换测试会失败。\n${installHint()}`);
    return false;
  }
  console.log(`LibreOffice：${tools.soffice}`);
  return true;
}

const isEntry = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntry) process.exit(ensureLibreOffice() ? 0 : 1);
