import {
  isShownOn,
  type EntryData,
  type FieldDef,
  type FieldValue,
  type PartyData,
  type RecordData,
  type RegisterDef,
} from '../../src-shared/registers';
import { addDays, ageOn } from '../../src-shared/dates';
import { parseIdCard } from '../../src-shared/idcard';
import { address, person, personName, phone, town, village } from './people';
import type { Random } from './random';

// One record of any register, driven by its field definitions (as the form is): the generator knows field types,
// and only a few field meanings (names, places, long text), so a new field gets plausible data without edits here.

const CLAUSES = [
  '双方因宅基地界址问题发生争执',
  '邻里之间因排水沟渠堵塞产生矛盾',
  '申请人称被申请人拖欠工资至今未付',
  '因房屋漏水导致楼下住户财物受损',
  '双方就赡养老人费用分担意见不一',
  '因承包土地流转费用发生纠纷',
  '交通事故赔偿金额双方分歧较大',
  '婚姻家庭矛盾激化，女方要求离婚',
  '村民反映施工噪音影响夜间休息',
  '经调解员多次上门做工作',
  '调解员向双方讲解了民法典相关规定',
  '双方当事人表示愿意互谅互让',
  '现场查看了争议地块并拍照留存',
  '村调委会组织双方进行了面对面调解',
  '当事人情绪激动，调解员耐心疏导',
  '经调解，双方自愿达成如下协议',
  '被申请人同意于本月底前一次性支付',
  '双方今后互不追究，和睦相处',
  '调解员电话回访，当事人表示满意',
  '协议已履行完毕，纠纷彻底化解',
  '建议当事人通过诉讼途径解决',
  '已告知其申请法律援助的条件和程序',
  '来访人情绪平稳，表示理解',
  '涉及金额约两万元',
];
const CRIMES = ['危险驾驶罪', '盗窃罪', '故意伤害罪', '诈骗罪', '交通肇事罪', '寻衅滋事罪', '非法采矿罪', '赌博罪'];

export interface RecordContext {
  /** The record's filing date (its register's date field). */
  date: string;
  committeeIds: readonly number[];
  staff: readonly string[];
  mediators: readonly string[];
}

export function sentence(rng: Random, chars: number): string {
  let text = '';
  while (text.length < chars) text += rng.pick(CLAUSES) + (rng.chance(0.7) ? '，' : '。');
  return text.slice(0, chars - 1) + '。';
}

/** A complete record: every required field, most optional ones, dates in the order the rules ask. */
export function syntheticRecord(def: RegisterDef, rng: Random, ctx: RecordContext): RecordData {
  const data: RecordData = {};
  let cursor = addDays(ctx.date, -rng.int(50, 70)); // room for the dates a book puts before its own (判决日期)
  for (const field of def.fields) {
    if (field.generated) continue;
    if (!field.required && !field.minItems && field.type !== 'parties' && rng.chance(0.25)) {
      data[field.key] = field.type === 'bool' ? false : emptyOf(field);
      continue;
    }
    if (field.type === 'date') {
      cursor = field.key === def.dateField ? ctx.date : addDays(cursor, rng.int(1, 15));
      data[field.key] = field.key === 'birth_date' ? null : cursor;
      if (field.key === def.dateField) cursor = ctx.date;
      continue;
    }
    data[field.key] = valueOf(field, rng, ctx);
  }
  // As the form does: a 身份证号 fills the birth date and sex it encodes.
  for (const field of def.fields) {
    const id = data[field.key];
    if (field.type !== 'idcard' || !field.fills || typeof id !== 'string') continue;
    const parsed = parseIdCard(id);
    if (!parsed.ok) continue;
    data[field.fills.birthDate] = parsed.birthDate;
    data[field.fills.sex] = parsed.sex;
  }
  return data;
}

function emptyOf(field: FieldDef): FieldValue {
  return ['multiselect', 'mediators', 'lines', 'names', 'entries'].includes(field.type) ? [] : null;
}

function valueOf(field: FieldDef, rng: Random, ctx: RecordContext): FieldValue {
  const max = field.max ?? 200;
  switch (field.type) {
    case 'text': {
      // Drawn all the same, so the values after it stay as they were; a month (考核月份) is the record's own.
      const text = textOf(field, rng).slice(0, max);
      return field.yearMonth ? ctx.date.slice(0, 7) : text;
    }
    case 'textarea':
      return sentence(rng, Math.min(max, rng.int(30, 220)));
    case 'date':
      return addDays(ctx.date, rng.int(0, 30));
    case 'time':
      return `${String(rng.int(8, 17)).padStart(2, '0')}:${rng.pick(['00', '15', '30', '45'])}`;
    case 'int':
      return rng.int(1, Math.min(max, 20));
    case 'money':
      return rng.int(1, 500) * 10_000;
    case 'bool':
      return rng.chance(0.1);
    case 'select':
      return rng.pick(field.options ?? []).value;
    case 'multiselect':
      return [...new Set([rng.pick(field.options ?? []).value, rng.pick(field.options ?? []).value])];
    case 'phone':
      return phone(rng);
    case 'idcard':
      return person(rng).idNumber;
    case 'staff':
      return rng.pick(ctx.staff);
    case 'mediators':
    case 'names': {
      const names = new Set<string>();
      while (names.size < Math.max(field.minItems ?? 1, rng.int(1, 2))) names.add(rng.pick(ctx.mediators));
      return [...names];
    }
    case 'committee':
      return rng.pick(ctx.committeeIds);
    case 'lines':
      return Array.from({ length: Math.max(field.minItems ?? 0, rng.int(2, 4)) }, () =>
        sentence(rng, rng.int(20, 60)).slice(0, max),
      );
    case 'parties': {
      const { min, max: most } = field.party ?? { min: 1, max: 1 };
      return Array.from({ length: Math.min(most, Math.max(min, rng.int(1, 2))) }, () => party(rng));
    }
    case 'entries':
      return entries(field, rng, ctx);
  }
}

function textOf(field: FieldDef, rng: Random): string {
  if (/name|person|host|speaker|handler|screeners|revisit_by|investigator/.test(field.key)) return personName(rng);
  if (/address|residence|location|scope|place/.test(field.key)) return address(rng);
  if (field.key === 'crime') return rng.pick(CRIMES);
  if (/unit|organizer|authority/.test(field.key)) return `${town(rng)}${village(rng)}村民委员会`;
  return sentence(rng, rng.int(6, 20));
}

/** A party as the app stores it: sex, birth date and age taken from the 身份证号. */
function party(rng: Random): PartyData {
  const p = person(rng);
  return {
    kind: '自然人',
    name: p.name,
    sex: p.sex,
    ethnicity: '汉族',
    birth_date: p.birthDate,
    age: ageOn(p.birthDate),
    occupation: rng.pick(['农民', '个体', '退休', '职工', '无业']),
    phone: p.phone,
    address: p.address,
    id_number: p.idNumber,
    legal_rep: null,
  };
}

/** A few items per child list: 调解记录 and 调查记录 for a case, events only of the kinds the list allows. */
function entries(field: FieldDef, rng: Random, ctx: RecordContext): EntryData[] {
  const entry = field.entry;
  if (!entry) return [];
  const count = Math.min(entry.max, Math.max(entry.min, rng.int(0, 2)));
  return Array.from({ length: count }, () => {
    const item: EntryData = {};
    for (const sub of entry.fields) {
      const optional = !sub.required && !sub.minItems;
      const value = optional && rng.chance(0.3) ? emptyOf(sub) : valueOf(sub, rng, ctx);
      // A field another 类型 asks for is stored empty (shownFor), as the form saves it; drawn all the same, so the
      // rest of the ledger stays what this seed always made.
      item[sub.key] = (isShownOn(sub, item) ? value : emptyOf(sub)) as EntryData[string];
    }
    return item;
  });
}
