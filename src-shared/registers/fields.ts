import type { CodeOption } from '../codes';
import { INITIAL_USER, type EntriesFieldDef, type FieldDef, type FieldType, type RegisterDef } from './types';

type FieldOptions = Omit<FieldDef, 'key' | 'label' | 'type'>;

// Every constructor keeps its key and type literal (FieldDef<'case_no', 'text'>), so the definitions they build
// type the accessors documents read records with.
function field<T extends FieldType>(type: T) {
  return <K extends string>(key: K, label: string, options: FieldOptions = {}): FieldDef<K, T> => ({
    key,
    label,
    type,
    ...options,
  });
}

/** Terse constructors so a register definition reads like the spec's column table. */
export const f = {
  text: field('text'),
  textarea: field('textarea'),
  date: field('date'),
  time: field('time'),
  int: field('int'),
  money: field('money'),
  bool: field('bool'),
  phone: field('phone'),
  idcard: field('idcard'),
  staff: field('staff'),
  mediators: field('mediators'),
  committee: field('committee'),
  lines: field('lines'),
  names: field('names'),
  entries: <K extends string, E extends FieldDef>(
    key: K,
    label: string,
    kind: string,
    fields: readonly E[],
    rest: Omit<FieldOptions, 'entry'> & { min?: number; max?: number } = {},
  ): EntriesFieldDef<K, E> => {
    const { min = 0, max = 50, ...options } = rest;
    return { key, label, type: 'entries', entry: { kind, fields, min, max }, ...options };
  },
  select: <K extends string>(
    key: K,
    label: string,
    options: readonly CodeOption[],
    rest: FieldOptions = {},
  ): FieldDef<K, 'select'> => ({ key, label, type: 'select', options, ...rest }),
  multiselect: <K extends string>(
    key: K,
    label: string,
    options: readonly CodeOption[],
    rest: FieldOptions = {},
  ): FieldDef<K, 'multiselect'> => ({ key, label, type: 'multiselect', options, ...rest }),
  parties: <K extends string>(
    key: K,
    label: string,
    role: string,
    min: number,
    max: number,
    rest: FieldOptions = {},
  ): FieldDef<K, 'parties'> => ({ key, label, type: 'parties', party: { role, min, max }, ...rest }),
};

/**
 * 登记日期、登记人 (docs/spec/formats.md §5 preamble: every book has them): a book's definition starts with them, so
 * the form opens with them, already filled with today and the person logged in. `section` is the form section they
 * head (the mediation case puts them in its first stage, 受理).
 */
export function registrationFields(registeredBy = '登记人', section = '登记') {
  return [
    f.date('registered_on', '登记日期', { required: true, initial: 'today', section }),
    f.staff('registered_by', registeredBy, { initial: INITIAL_USER, section }),
  ];
}

/** 备注, the last field of every book (§5 preamble). */
export function remarkField() {
  return f.textarea('remark', '备注', { max: 1000, section: '备注', search: true });
}

/**
 * A register's definition with its fields' keys and types kept literal: the definition is checked as a RegisterDef
 * and returned as it was written, so RecordView can tell which keys a record of it has.
 */
export function defineRegister<F extends FieldDef>(def: RegisterDef<F>): RegisterDef<F> {
  return def;
}
