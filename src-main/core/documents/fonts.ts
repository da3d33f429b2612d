// The fonts the documents name (docs/spec/formats.md §2.1) and what stands in for each where a PC lacks it. Fonts are
// named, never embedded (a font file is licensed per PC). What a program does without a named font:
// - Word reads the document's font table: w:altName is tried next, then a font of the same panose and character set;
// - WPS maps the usual 公文 fonts itself (仿宋_GB2312 → 仿宋) and falls back the same way;
// - LibreOffice substitutes through fontconfig, and reads w:altName too.
// So the table describes each font fully (a Song / FangSong face, GB2312 character set, fixed pitch for CJK), and the
// app tells the clerk which ones to install (installedFonts.ts).

export interface FontFace {
  name: string;
  /** Tried in this order when the font is missing: the first is written as w:altName. */
  fallbacks: readonly string[];
  /** What the documents set in it, as the clerk is told. */
  use: string;
  /** The PANOSE classification Word matches a substitute by (10 bytes in hex). */
  panose: string;
  family: 'roman' | 'modern' | 'auto';
  pitch: 'fixed' | 'variable';
}

/** GB2312, the character set of every font here (w:charset 86). */
const GB2312 = '86';

export const BODY_FONT: FontFace = {
  name: '仿宋_GB2312',
  fallbacks: ['仿宋', 'FangSong'],
  use: '正文',
  panose: '02010609030101010101',
  family: 'modern',
  pitch: 'fixed',
};

export const TITLE_FONT: FontFace = {
  name: '方正小标宋简体',
  fallbacks: ['华文中宋', '宋体'],
  use: '标题',
  // A Song face's classification: with neither 华文中宋 nor the font itself, Word substitutes a Song (宋体).
  panose: '02010600040101010101',
  family: 'auto',
  pitch: 'variable',
};

export const PAGE_NUMBER_FONT: FontFace = {
  name: '宋体',
  fallbacks: ['SimSun'],
  use: '页码',
  panose: '02010600030101010101',
  family: 'auto',
  pitch: 'variable',
};

/** The fallbacks named in the table get entries of their own, so Word knows them as CJK faces too. */
const FALLBACK_FACES: readonly FontFace[] = [
  { ...BODY_FONT, name: '仿宋', fallbacks: ['FangSong'], panose: '02010609060101010101' },
  { ...TITLE_FONT, name: '华文中宋', fallbacks: ['STZhongsong', '宋体'] },
];

/** The fonts a PC needs for the documents to print as the spec sets them: the clerk is asked to install these. */
export const OFFICIAL_FONTS: readonly FontFace[] = [BODY_FONT, TITLE_FONT];

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function fontEntry(face: FontFace): string {
  const alt = face.fallbacks[0];
  return [
    `<w:font w:name="${escapeXml(face.name)}">`,
    alt ? `<w:altName w:val="${escapeXml(alt)}"/>` : '',
    `<w:panose1 w:val="${face.panose}"/>`,
    `<w:charset w:val="${GB2312}"/>`,
    `<w:family w:val="${face.family}"/>`,
    `<w:pitch w:val="${face.pitch}"/>`,
    '</w:font>',
  ].join('');
}

/** word/fontTable.xml: every font the documents name, then the fallbacks. */
export function fontTableXml(): string {
  const faces = [BODY_FONT, TITLE_FONT, PAGE_NUMBER_FONT, ...FALLBACK_FACES];
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">',
    ...faces.map(fontEntry),
    '</w:fonts>',
  ].join('');
}
