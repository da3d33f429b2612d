import { disputeTypes, disputeTypeVersions } from '../../../src-shared/codes';
import { normalLabel } from './labelText';

// 纠纷类型 as old books write it: a label or code of any version of §4.2 (A, B, C), with or without 纠纷, or a common
// older word. Every one reads as the version C code the ledger stores.

/** B splits 劳动争议 and 消费 finer than C; src-shared/codes.ts disputeTypeColumns counts B 电子商务 as a kind of 消费. */
const FINER_THAN_C: Readonly<Record<string, string>> = {
  B10: '10',
  B11: '10',
  B13: '12',
  B14: '12',
};

/** Words older local tables and clerks use (§4.2 notes 消防, 计划生育, 村务管理, 赡养/继承 as local classes). */
const OLDER_WORDS: Readonly<Record<string, string>> = {
  房产宅基地: '03',
  房屋: '03',
  宅基地: '03',
  物业管理: '15',
  环境保护: '09',
  劳动: '10',
  劳资: '10',
  拖欠工资: '10',
  欠薪: '10',
  交通事故: '14',
  医患: '13',
  土地: '07',
  山林: '07',
  拆迁: '08',
  家庭: '01',
  婚姻: '01',
  赡养: '01',
  抚养: '01',
  继承: '01',
  相邻关系: '02',
  债务: '04',
  借贷: '04',
  消费者权益: '12',
  网络: '17',
  消防: '99',
  计划生育: '99',
  村务管理: '99',
};

const stripSuffix = (text: string) => normalLabel(text).replace(/(纠纷|争议|类)$/u, '');

const aliases = new Map<string, string>();
const add = (word: string, code: string) => {
  if (!aliases.has(word)) aliases.set(word, code);
};
for (const { value, label } of disputeTypes) {
  add(value, value);
  add(String(Number(value)), value);
  add(normalLabel(label), value);
  add(stripSuffix(label), value);
}
for (const version of ['A', 'B'] as const)
  for (const { value, label } of disputeTypeVersions[version]) {
    const code = FINER_THAN_C[value] ?? aliases.get(stripSuffix(label));
    if (!code) continue;
    add(value, code);
    add(normalLabel(label), code);
    add(stripSuffix(label), code);
  }
for (const [word, code] of Object.entries(OLDER_WORDS)) add(word, code);

/** The version C code a 纠纷类型 cell names, or null. */
export function disputeTypeCode(text: string): string | null {
  const norm = normalLabel(text).toUpperCase();
  return aliases.get(norm) ?? aliases.get(stripSuffix(norm)) ?? null;
}
