import { useEffect, useState } from 'react';
import type { RecordRow } from '../../../src-shared/handlers';
import { recordName } from '../../../src-shared/recordName';
import {
  isShownOn,
  type EntryData,
  type FieldDef,
  type FieldValue,
  type PartyData,
  type RecordData,
  type RegisterDef,
} from '../../../src-shared/registers';
import { useAuth } from '../lib/auth';
import { draftKey, readDraft } from '../lib/drafts';
import { formSections } from '../lib/formSections';
import { displayValue } from '../lib/format';
import { toApiData } from '../lib/formValues';
import { useLookups } from '../lib/lookups';

// A record on paper: label and value as text, sections as headings, parties and child lists as small tables, laid out
// from the register's definition (no book has code of its own here). Hidden on screen; print.css shows it and hides
// the form, whose boxes cut values off on paper. What is printed is what the form holds: the draft the form keeps as
// the clerk types (lib/drafts.ts) when it was written on this page, else the record as saved.

const PARTY_COLUMNS: { key: keyof PartyData; label: string }[] = [
  { key: 'name', label: '姓名（名称）' },
  { key: 'sex', label: '性别' },
  { key: 'ethnicity', label: '民族' },
  { key: 'birth_date', label: '出生日期' },
  { key: 'age', label: '年龄' },
  { key: 'occupation', label: '职业或职务' },
  { key: 'id_number', label: '身份证号' },
  { key: 'phone', label: '联系方式' },
  { key: 'address', label: '单位或住址' },
  { key: 'legal_rep', label: '法定代表人' },
];

const filled = (v: unknown) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);

/** The values to print: the form's draft if it was written since this page opened, else the saved record. */
function usePrintedData(def: RegisterDef, record: RecordRow | null, formKey: string): RecordData {
  const { status } = useAuth();
  const [openedAt] = useState(() => new Date().toISOString());
  const [data, setData] = useState<RecordData>(record?.data ?? {});
  useEffect(() => {
    const read = () => {
      const draft = readDraft(draftKey(status.user?.id ?? 0, `${def.key}:${formKey}`));
      const current = draft && draft.savedAt >= openedAt && draft.basedOn === (record?.updatedAt ?? null);
      setData(current ? { ...record?.data, ...(toApiData(def, draft.values) as RecordData) } : (record?.data ?? {}));
    };
    read();
    window.addEventListener('beforeprint', read);
    return () => window.removeEventListener('beforeprint', read);
  }, [def, record, formKey, openedAt, status.user?.id]);
  return data;
}

function PartyTable({ parties }: { parties: PartyData[] }) {
  const columns = PARTY_COLUMNS.filter((c) => parties.some((p) => filled(p[c.key])));
  return (
    <table className="print-sheet-table">
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key}>{c.label}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {parties.map((p, i) => (
          <tr key={i}>
            {columns.map((c) => (
              <td key={c.key}>{filled(p[c.key]) ? String(p[c.key]) : ''}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function EntryTable({ field, entries }: { field: FieldDef; entries: EntryData[] }) {
  const { lookups } = useLookups();
  // A field hidden for an entry's 类型 (shownFor) is no column of its: what a draft still holds there is not printed.
  const shown = (f: FieldDef, e: EntryData) => isShownOn(f, e) && filled(e[f.key]);
  const columns = (field.entry?.fields ?? []).filter((f) => entries.some((e) => shown(f, e)));
  return (
    <table className="print-sheet-table">
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key}>{c.label}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {entries.map((e, i) => (
          <tr key={i}>
            {columns.map((c) => (
              <td key={c.key} className={c.type === 'date' || c.type === 'time' ? 'print-whole' : undefined}>
                {shown(c, e) ? displayValue(c, e[c.key] as FieldValue, lookups, true) : ''}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function FieldValueText({ field, value }: { field: FieldDef; value: FieldValue | undefined }) {
  const { lookups } = useLookups();
  if (!filled(value)) return <span className="print-sheet-blank">（未填）</span>;
  if (field.type === 'parties') return <PartyTable parties={value as PartyData[]} />;
  if (field.type === 'entries') return <EntryTable field={field} entries={value as EntryData[]} />;
  if (field.type === 'lines')
    return (
      <ol>
        {(value as string[]).map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
    );
  const text = displayValue(field, value, lookups, true);
  return <span>{field.type === 'money' ? `${text} 元` : text}</span>;
}

/** The whole record as text, for print only. */
export function RecordPrintSheet({
  def,
  record,
  formKey,
}: {
  def: RegisterDef;
  record: RecordRow | null;
  formKey: string;
}) {
  const data = usePrintedData(def, record, formKey);
  // The form's own sections (for a mediation case, its stages), in the form's order.
  const sections = formSections(def).map(([title, fields]) => ({ title, fields }));
  const name = recordName(def.key, data);
  return (
    <section className="print-sheet" aria-label="打印内容">
      <h1>{def.title}</h1>
      {name && <p className="print-sheet-name">{name}</p>}
      {sections.map((s, i) => (
        <div key={`${s.title}-${i}`} className="print-sheet-section">
          {s.title && <h2>{s.title}</h2>}
          <dl>
            {s.fields.map((f) => {
              const wide = f.type === 'parties' || f.type === 'entries' || f.type === 'lines' || f.type === 'textarea';
              return (
                <div key={f.key} className={wide ? 'print-sheet-wide' : undefined}>
                  <dt className={f.label === s.title ? 'print-sheet-same' : undefined}>{f.label}</dt>
                  <dd>
                    <FieldValueText field={f} value={data[f.key]} />
                  </dd>
                </div>
              );
            })}
          </dl>
        </div>
      ))}
    </section>
  );
}
