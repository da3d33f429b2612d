/** A header label as compared: no spaces or line breaks, full-width brackets and slashes, no trailing colon. */
export function normalLabel(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/／/g, '/')
    .replace(/[:：]$/, '');
}

/** The label without its bracketed unit or note: 协议涉及金额（元） → 协议涉及金额. */
export const bareLabel = (text: string): string => normalLabel(text).replace(/（[^）]*）/g, '');
