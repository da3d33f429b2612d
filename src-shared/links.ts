import {
  fieldDef,
  registerDef,
  type FieldsOf,
  type KeyOfType,
  type PartyData,
  type RecordData,
  type RegisterKey,
  viewOf,
} from './registers';
import { parties as partiesOf, text } from './registers/read';

// Books that feed each other: which record can be turned into a new record of another book, what the new
// record's form starts with, and which field of the source links back once the new record is saved.

/** Where a target field's value comes from: a source field, or one of the few computed forms below. */
export type Source =
  string | { readonly firstParty: string } | { readonly restParties: string } | { readonly caseTitle: true };

export interface Conversion {
  readonly from: RegisterKey;
  readonly to: RegisterKey;
  /** The button on the source record's page. */
  readonly label: string;
  /** Target field ← source. */
  readonly fields: Readonly<Record<string, Source>>;
  /** Once the new record is saved, the source's `field` gets the new record's `value` field (卷号). */
  readonly link: { readonly field: string; readonly value: string } | null;
  /** Source fields set at the same time, because the source is now handled by the new record. */
  readonly marks?: Readonly<Record<string, string>>;
}

type KeyOf<R extends RegisterKey> = FieldsOf<R>['key'];
type PartiesKey<R extends RegisterKey> = KeyOfType<FieldsOf<R>, 'parties'>;

/** A conversion as written: every key must be a field of its book, so renaming one fails to compile. */
interface ConversionOf<From extends RegisterKey, To extends RegisterKey> {
  readonly from: From;
  readonly to: To;
  readonly label: string;
  readonly fields: {
    readonly [K in KeyOf<To>]?:
      | KeyOf<From>
      | { readonly firstParty: PartiesKey<From> }
      | { readonly restParties: PartiesKey<From> }
      | { readonly caseTitle: true };
  };
  readonly link: { readonly field: KeyOf<From>; readonly value: KeyOf<To> } | null;
  readonly marks?: { readonly [K in KeyOf<From>]?: string };
}

function conversion<From extends RegisterKey, To extends RegisterKey>(c: ConversionOf<From, To>): Conversion {
  // A mark is an option of its field, so that a renamed option fails at start-up rather than storing a stray value.
  for (const [key, value] of Object.entries(c.marks ?? {})) {
    const options = fieldDef(registerDef(c.from), key)?.options?.map((o) => o.value);
    if (!options?.includes(value as string)) throw new Error(`${c.from}.${key} has no option ${String(value)}`);
  }
  // The optional keys of the written form are the defined keys of the stored one.
  return c as Conversion;
}

export const conversions: readonly Conversion[] = [
  conversion({
    from: 'petition',
    to: 'mediationCase',
    label: '转为人民调解案件',
    fields: { applicants: 'visitors', summary: 'matter', accept_date: 'visit_date' },
    link: { field: 'linked_case_no', value: 'case_no' },
  }),
  conversion({
    from: 'petition',
    to: 'legalAid',
    label: '转法律援助',
    fields: { applicants: 'visitors', matter: 'matter', receive_date: 'visit_date' },
    link: null,
  }),
  conversion({
    from: 'disputeScreening',
    to: 'mediationCase',
    label: '转为人民调解案件',
    fields: {
      applicants: { firstParty: 'parties' },
      respondents: { restParties: 'parties' },
      dispute_type: 'dispute_type',
      summary: 'summary',
    },
    link: { field: 'linked_case_no', value: 'case_no' },
    // §5.5 化解情况 “已调解（关联案件号）”: the dispute is now being mediated, and the return counts it as 调处 once
    // the case is closed (src-main/core/reports/screening.ts); left 正在化解, it was never counted.
    marks: { resolution: '已调解' },
  }),
  conversion({
    from: 'mediationCase',
    to: 'typicalCase',
    label: '推荐为典型案例',
    fields: {
      title: { caseTitle: true },
      linked_case_no: 'case_no',
      dispute_type: 'dispute_type',
      accept_date: 'accept_date',
      close_date: 'close_date',
      committee_id: 'committee_id',
      mediators: 'mediators',
      facts: 'summary',
      result: 'result',
    },
    link: null,
  }),
];

export function conversionsFrom(register: RegisterKey): Conversion[] {
  return conversions.filter((c) => c.from === register);
}

export function findConversion(from: RegisterKey, to: RegisterKey): Conversion | undefined {
  return conversions.find((c) => c.from === from && c.to === to);
}

function parties(data: RecordData, key: string): PartyData[] {
  return Array.isArray(data[key]) ? (data[key] as PartyData[]) : [];
}

/** An option's label (纠纷类型 codes are stored as codes). */
function optionLabel(register: RegisterKey, key: string, value: unknown): string {
  const field = fieldDef(registerDef(register), key);
  return field?.options?.find((o) => o.value === value)?.label ?? (typeof value === 'string' ? value : '');
}

/** 张三与李四邻里纠纷 */
export function caseTitle(data: RecordData): string {
  const c = viewOf('mediationCase', data);
  const first = (key: 'applicants' | 'respondents') => partiesOf(c, key)[0]?.name ?? '';
  const type = optionLabel('mediationCase', 'dispute_type', text(c, 'dispute_type'));
  const kind = type && !type.endsWith('纠纷') ? `${type}纠纷` : type || '纠纷';
  return `${first('applicants')}与${first('respondents')}${kind}`;
}

/** What the new record's form starts with (never saved by itself). */
export function deriveData(conversion: Conversion, source: RecordData): RecordData {
  const data: RecordData = {};
  for (const [target, from] of Object.entries(conversion.fields)) {
    if (typeof from === 'string') data[target] = source[from] ?? null;
    else if ('firstParty' in from) data[target] = parties(source, from.firstParty).slice(0, 1);
    else if ('restParties' in from) data[target] = parties(source, from.restParties).slice(1);
    else data[target] = caseTitle(source);
  }
  return data;
}

/** How a linked record is named: 来信来访登记簿 2026-03-02 张三. */
export function describeRecord(register: RegisterKey, data: RecordData): string {
  const def = registerDef(register);
  const party = def.fields.find((f) => f.type === 'parties');
  const name = party ? parties(data, party.key)[0]?.name : undefined;
  const summary = String(data[def.summaryField] ?? '').slice(0, 30);
  return [def.title, data[def.dateField], name ?? summary].filter(Boolean).join(' ');
}

export interface LinkedRecord {
  label: string;
  register: RegisterKey;
  id: number;
}
