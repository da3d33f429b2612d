import { sql, type Kysely } from 'kysely';
import type { ImportDuplicate } from '../../../../src-shared/api';
import { recordName } from '../../../../src-shared/recordName';
import type { PartyData, RecordData, RegisterDef } from '../../../../src-shared/registers';
import type { LedgerDatabase, RegisterTableName } from '../../db/schema';
import { CHUNK } from './caseNumbers';

// 疑似重复: a row naming the same person, on the same date, about the same matter as a live record of the book or as
// another row of the file. Person: the first party's name, or the book's 姓名. Date: the book's date. Matter: the
// book's summary field (来访事项, 主题…) unless that is the person or a number the book gives itself (卷号). Spaces do
// not count: old sheets pad names (“张  三”). Only a suspicion: the clerk decides whether to import the row.

type Db = Kysely<LedgerDatabase>;

const NAME_FIELD = 'name';

interface KeyFields {
  /** The parties field whose first party is the person, or null when the book has a 姓名 column. */
  parties: { key: string; role: string } | null;
  person: string | null;
  matter: string | null;
}

function keyFields(def: RegisterDef): KeyFields {
  const partyField = def.fields.find((f) => f.type === 'parties' && f.party);
  const parties = partyField?.party ? { key: partyField.key, role: partyField.party.role } : null;
  const person = !parties && def.fields.some((f) => f.key === NAME_FIELD) ? NAME_FIELD : null;
  const summary = def.fields.find((f) => f.key === def.summaryField);
  const matter = summary && !summary.generated && summary.key !== person ? summary.key : null;
  return { parties, person, matter };
}

const squeeze = (value: unknown) =>
  (typeof value === 'string' || typeof value === 'number' ? String(value) : '').replace(/\s+/g, '');

/** The row's person + date + matter, or null when it names neither person nor matter, or has no date. */
function duplicateKey(fields: KeyFields, date: unknown, person: unknown, matter: unknown): string | null {
  const [d, p, m] = [squeeze(date), squeeze(person), squeeze(matter)];
  if (d === '' || (p === '' && m === '')) return null;
  return `${d}\u001f${p}\u001f${fields.matter ? m : ''}`;
}

function personOf(fields: KeyFields, data: RecordData): unknown {
  if (fields.parties) return (data[fields.parties.key] as PartyData[] | undefined)?.[0]?.name;
  return fields.person ? data[fields.person] : null;
}

export async function findDuplicates(
  db: Db,
  def: RegisterDef,
  rows: readonly { line: number; data: RecordData }[],
): Promise<Map<number, ImportDuplicate[]>> {
  const fields = keyFields(def);
  const found = new Map<number, ImportDuplicate[]>();
  const add = (line: number, duplicate: ImportDuplicate) => found.set(line, [...(found.get(line) ?? []), duplicate]);

  const linesByKey = new Map<string, number[]>();
  for (const row of rows) {
    const key = duplicateKey(
      fields,
      row.data[def.dateField],
      personOf(fields, row.data),
      fields.matter ? row.data[fields.matter] : null,
    );
    if (key !== null) linesByKey.set(key, [...(linesByKey.get(key) ?? []), row.line]);
  }
  for (const lines of linesByKey.values()) {
    for (const line of lines) for (const other of lines) if (other !== line) add(line, { kind: 'file', line: other });
  }

  const dates = [...new Set(rows.map((r) => r.data[def.dateField]).filter((d): d is string => typeof d === 'string'))];
  for (let i = 0; i < dates.length; i += CHUNK) {
    for (const record of await ledgerRecords(db, def, fields, dates.slice(i, i + CHUNK))) {
      const key = duplicateKey(fields, record.date, record.person, record.matter);
      for (const line of (key !== null && linesByKey.get(key)) || []) {
        add(line, { kind: 'ledger', id: record.id, name: recordName(def.key, record.data) });
      }
    }
  }
  return found;
}

/** The book's live records of some dates, with what their key and name are made of. */
async function ledgerRecords(db: Db, def: RegisterDef, fields: KeyFields, dates: readonly string[]) {
  const columns = [
    ...new Set([def.dateField, def.summaryField, fields.matter, fields.person].filter((c) => c !== null)),
  ];
  const rows = await db
    .selectFrom(def.table as RegisterTableName)
    .select(['id', ...columns.map((c) => sql.ref<string | null>(c).as(c))])
    .where('deleted_at', 'is', null)
    .where(def.dateField, 'in', dates)
    .execute();
  const firstParty = new Map<number, string>();
  if (fields.parties && rows.length > 0) {
    const ids = rows.map((r) => Number(r['id']));
    for (let i = 0; i < ids.length; i += CHUNK) {
      const parties = await db
        .selectFrom('party')
        .select(['record_id', 'name'])
        .where('register', '=', def.key)
        .where('role', '=', fields.parties.role)
        .where('seq', '=', 0)
        .where('record_id', 'in', ids.slice(i, i + CHUNK))
        .execute();
      for (const p of parties) firstParty.set(p.record_id, p.name);
    }
  }
  return rows.map((row) => {
    const id = Number(row['id']);
    const data: RecordData = Object.fromEntries(columns.map((c) => [c, row[c] ?? null]));
    const person = fields.parties ? (firstParty.get(id) ?? null) : fields.person ? row[fields.person] : null;
    if (fields.parties && person !== null)
      data[fields.parties.key] = [{ kind: '自然人', name: String(person) } as PartyData];
    return { id, data, date: row[def.dateField], person, matter: fields.matter ? row[fields.matter] : null };
  });
}
