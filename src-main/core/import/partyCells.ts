import type { PartyData } from '../../../src-shared/registers';
import { partyNamed } from './names';

// A party cell as people write it and as 导出登记簿 writes it (reports/registerBook.ts partySummary): names side by
// side (张三、李四), or one person a line, each name perhaps followed by what is known of them — 张三（男，45岁）,
// 某公司（法定代表人李四） — and then, each on a line of its own, the 住址或单位 and the phone.

const PHONE_LINE = /^[0-9+\-()（）\s转]{7,30}$/;
const NAME_WITH_DETAILS = /^(.+?)（([^（）]*)）$/u;

/** Splits at 、 , ， ; ； / and spaces, but not inside brackets: 张三（男，45岁）、李四. */
export function splitOutsideBrackets(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '（' || ch === '(') depth++;
    if ((ch === '）' || ch === ')') && depth > 0) depth--;
    if (depth === 0 && /[、,，;；/／\s]/u.test(ch)) {
      if (current.trim()) out.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/** 张三（男，45岁） → a block with its sex and age; 某公司（法定代表人李四） → an organisation's block. */
function partyOfName(text: string): { party: PartyData; detailed: boolean } {
  const m = NAME_WITH_DETAILS.exec(text.replace(/\(/g, '（').replace(/\)/g, '）'));
  if (!m) return { party: partyNamed(text), detailed: false };
  const party = partyNamed(m[1]!.trim());
  for (const detail of m[2]!.split(/[，,、]/u).map((d) => d.trim())) {
    if (detail === '男' || detail === '女') party.sex = detail;
    else if (/^\d{1,3}岁$/u.test(detail)) party.age = Number(detail.slice(0, -1));
    else if (detail.startsWith('法定代表人')) {
      party.kind = '法人或其他组织';
      party.legal_rep = detail.slice('法定代表人'.length) || null;
    } else return { party: partyNamed(text), detailed: false };
  }
  return { party, detailed: true };
}

/** The party blocks a cell names, in order. */
export function readPartyCell(text: string): PartyData[] {
  const blocks: PartyData[] = [];
  let last: { party: PartyData; detailed: boolean } | null = null;
  for (const line of text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)) {
    if (last && PHONE_LINE.test(line) && !last.party.phone) {
      last.party.phone = line;
      continue;
    }
    // After a detailed name, a plain line before the phone is the 住址或单位 (§5.4 申请人（…住址或单位、电话）).
    if (last?.detailed && !last.party.address && !last.party.phone && !NAME_WITH_DETAILS.test(line)) {
      last.party.address = line;
      continue;
    }
    for (const name of splitOutsideBrackets(line)) {
      last = partyOfName(name);
      blocks.push(last.party);
    }
  }
  return blocks;
}
