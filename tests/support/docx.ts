import { strFromU8, unzipSync } from 'fflate';

// Reading a generated .docx back as a Word processor would: the XML parts, and the text of each paragraph.

export function docxParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).filter(([name]) => name.endsWith('.xml')).map(([name, data]) => [name, strFromU8(data)]));
}

const decode = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The text of every paragraph of a part, runs joined (Word splits a sentence over several w:t). */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>/g)].map((t) => decode(t[1] ?? '')).join(''),
  );
}

/** All the text of the document body, paragraph by paragraph, one per line. */
export function documentText(bytes: Uint8Array): string {
  return paragraphTexts(docxParts(bytes)['word/document.xml'] ?? '').join('\n');
}
