import { pinyin } from 'pinyin-pro';

// Frozen with migration 0009: never edit. It is a literal copy of what src-shared/registers,
// registers/codec.ts (searchText, fromColumns, partyFromRow, nameInitials) and registers/searchIndex.ts
// (searchGrams, searchTableOf) were when 0009 shipped, so that a fresh database still migrates the same way after
// those change or gain an eleventh register. It imports libraries only, never project code.

/** How a searchable field reads back from its column or from the party table, as 0009 knew it. */
export type FrozenField =
  | { readonly key: string; readonly kind: 'plain' }
  | { readonly key: string; readonly kind: 'list' }
  | { readonly key: string; readonly kind: 'parties'; readonly role: string };

export interface FrozenBook {
  /** The register key stored in party.register. */
  readonly key: string;
  readonly table: string;
  /** The date that files a record under a year and month. */
  readonly dateField: string;
  /** The searchable fields in definition order (the order of the search text). */
  readonly search: readonly FrozenField[];
}

const plain = (key: string): FrozenField => ({ key, kind: 'plain' });
const list = (key: string): FrozenField => ({ key, kind: 'list' });
const parties = (key: string, role: string): FrozenField => ({ key, kind: 'parties', role });

/** The ten registers as 0009 found them (the 七簿二册, then 工作信息 of 0007). */
export const BOOKS_0009: readonly FrozenBook[] = [
  {
    key: 'petition',
    table: 'petition',
    dateField: 'visit_date',
    search: [
      parties('visitors', 'visitor'),
      plain('matter'),
      plain('statement'),
      plain('result'),
      plain('linked_case_no'),
      plain('remark'),
    ],
  },
  {
    key: 'studyMeeting',
    table: 'study_meeting',
    dateField: 'meeting_date',
    search: [plain('topic'), plain('host'), plain('attendees'), plain('content'), plain('outcome'), plain('remark')],
  },
  {
    key: 'legalPublicity',
    table: 'legal_publicity',
    dateField: 'activity_date',
    search: [
      plain('location'),
      plain('theme'),
      plain('co_organizers'),
      plain('speaker'),
      plain('content'),
      plain('remark'),
    ],
  },
  {
    key: 'mediationCase',
    table: 'mediation_case',
    dateField: 'accept_date',
    search: [
      plain('case_no'),
      list('mediators'),
      parties('applicants', 'applicant'),
      parties('respondents', 'respondent'),
      plain('summary'),
      plain('remark'),
    ],
  },
  {
    key: 'disputeScreening',
    table: 'dispute_screening',
    dateField: 'screening_date',
    search: [
      plain('scope'),
      plain('screeners'),
      parties('parties', 'party'),
      plain('summary'),
      plain('responsible_person'),
      plain('linked_case_no'),
      plain('remark'),
    ],
  },
  {
    key: 'typicalCase',
    table: 'typical_case',
    dateField: 'registered_on',
    search: [
      plain('title'),
      plain('linked_case_no'),
      list('mediators'),
      plain('facts'),
      plain('process'),
      plain('remark'),
    ],
  },
  {
    key: 'legalAid',
    table: 'legal_aid',
    dateField: 'receive_date',
    search: [parties('applicants', 'applicant'), plain('matter'), plain('handler'), plain('remark')],
  },
  {
    key: 'mediator',
    table: 'mediator',
    dateField: 'registered_on',
    search: [plain('name'), plain('id_number'), plain('phone'), plain('work_unit'), plain('remark')],
  },
  {
    key: 'correctionSubject',
    table: 'correction_subject',
    dateField: 'start_date',
    search: [
      plain('subject_no'),
      plain('name'),
      plain('id_number'),
      plain('residence'),
      plain('phone'),
      plain('crime'),
      plain('team'),
      plain('remark'),
    ],
  },
  {
    key: 'workInfo',
    table: 'work_info',
    dateField: 'submitted_on',
    search: [plain('title'), plain('submitted_to'), plain('adopted_by'), plain('content'), plain('remark')],
  },
];

/** A stored cell, as better-sqlite3 returns it for these tables. */
export type FrozenCell = string | number | bigint | Buffer | null;

/** The party-table columns the search text reads. */
export interface FrozenParty {
  readonly role: string;
  readonly name: string;
  readonly phone: string | null;
  readonly id_number: string | null;
  readonly legal_rep: string | null;
}

/** The FTS5 table holding a register's grams. */
export function searchTableOf0009(book: FrozenBook): string {
  return `${book.table}_search`;
}

/**
 * The text the search box matches: searchable fields plus every party's name, its pinyin initials, phone, 身份证号
 * and 法定代表人, and the pinyin initials of a register's own 姓名 (`name`); lower-cased, joined by \u001f.
 */
export function searchText0009(
  book: FrozenBook,
  row: Readonly<Record<string, FrozenCell>>,
  partiesOfRecord: readonly FrozenParty[],
): string {
  const parts: string[] = [];
  for (const field of book.search) {
    if (field.kind === 'parties') {
      for (const party of partiesOfRecord) {
        if (party.role !== field.role || typeof party.name !== 'string') continue;
        parts.push(
          party.name,
          nameInitials(party.name),
          party.phone ?? '',
          party.id_number ?? '',
          party.legal_rep ?? '',
        );
      }
      continue;
    }
    const cell = row[field.key] ?? null;
    if (field.kind === 'list') {
      const value: unknown = typeof cell === 'string' ? JSON.parse(cell) : [];
      if (Array.isArray(value)) for (const item of value) if (typeof item === 'string') parts.push(item);
      if (typeof value === 'string' || typeof value === 'number') parts.push(String(value));
      continue;
    }
    if (cell === null) continue;
    parts.push(String(cell));
    if (field.key === 'name' && typeof cell === 'string') parts.push(nameInitials(cell));
  }
  return parts.filter(Boolean).join('\u001f').toLowerCase();
}

/** 张三 → zs; surnames read as surnames (曾 zeng, 单 shan); Latin letters kept, digits and punctuation dropped. */
function nameInitials(name: string): string {
  let initials = initialsCache.get(name);
  if (initials === undefined) {
    initials = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', surname: 'head' })
      .join('')
      .toLowerCase()
      .replace(/[^a-z]/g, '');
    if (initialsCache.size >= 20_000) initialsCache.clear();
    initialsCache.set(name, initials);
  }
  return initials;
}

// Names repeat across records; pinyin-pro's lookup dominates the time a large book takes to reindex.
const initialsCache = new Map<string, string>();

/** Characters that form grams; everything else (punctuation, the \u001f field separator) breaks a run. */
const RUN = /[\p{L}\p{N}]+/gu;
/** Digit strings (身份证号, phone numbers) also get four-digit grams. */
const DIGITS = /[0-9]{4,}/g;
const DIGIT_GRAM = 4;

/** The FTS5 document of a record: every character and adjacent pair within a run, and every 4 digits in a row. */
export function searchGrams0009(searchText: string): string {
  const grams = new Set<string>();
  for (const run of searchText.match(RUN) ?? []) {
    const chars = [...run];
    chars.forEach((char, i) => {
      grams.add(char);
      if (i + 1 < chars.length) grams.add(char + chars[i + 1]);
    });
  }
  for (const digits of searchText.match(DIGITS) ?? []) {
    for (let i = 0; i + DIGIT_GRAM <= digits.length; i++) grams.add(digits.slice(i, i + DIGIT_GRAM));
  }
  return [...grams].join(' ');
}
