import { strFromU8, unzipSync } from 'fflate';

// Reading a generated .docx back as a Word processor would: its XML parts and the text of each paragraph.

/** The parts of a .docx the tests look at, and the text of its paragraphs. */
export interface DocxContents {
  document: string;
  styles: string;
  settings: string;
  fontTable: string;
  footers: string[];
  /**
   * Text of each paragraph of the body, in order: the w:t of its runs joined (Word splits text across runs), tabs as
   * \t.
   */
  paragraphs: string[];
  /** All paragraphs, one per line. */
  text: string;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const decode = (xml: string) => xml.replace(/&(amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e] ?? e);

/** Paragraph texts of a WordprocessingML part. Paragraphs never nest (but for text boxes, which these have none of). */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) =>
    [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
      .map((m) => (m[1] === undefined ? '\t' : decode(m[1])))
      .join('')
      // The WORD JOINERs that keep dates and numbers whole are invisible: a reader sees the text without them.
      .replace(/\u2060/g, ''),
  );
}

export function readDocx(bytes: Uint8Array): DocxContents {
  const files = unzipSync(bytes);
  const part = (name: string) => {
    const file = files[name];
    if (!file) throw new Error(`${name} missing from the .docx`);
    return strFromU8(file);
  };
  const document = part('word/document.xml');
  const paragraphs = paragraphTexts(document);
  return {
    document,
    styles: part('word/styles.xml'),
    settings: part('word/settings.xml'),
    fontTable: part('word/fontTable.xml'),
    footers: Object.keys(files)
      .filter((n) => /^word\/footer\d+\.xml$/.test(n))
      .sort()
      .map(part),
    paragraphs,
    text: paragraphs.join('\n'),
  };
}

/** The cells of each row of each table of a part, a cell's paragraphs joined by \n. Tables here never nest. */
export function tableRows(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([table]) =>
    [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([row]) =>
      [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cell]) => paragraphTexts(cell).join('\n')),
    ),
  );
}
