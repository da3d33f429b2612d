// CSV files come from Chinese Excel/WPS in GBK (the system code page) or UTF-8, with or without a BOM. Valid UTF-8 is
// read as UTF-8: GBK text of any length is almost never valid UTF-8, while the reverse guess would garble UTF-8 files.

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export type TextEncodingName = 'utf-8' | 'gbk';

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const hasBom = UTF8_BOM.every((b, i) => bytes[i] === b);
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    // gb18030 is the superset Windows writes as “GBK”; the decoder accepts both names.
    return { text: new TextDecoder('gbk').decode(body), encoding: 'gbk' };
  }
}
