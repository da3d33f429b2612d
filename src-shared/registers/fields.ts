import type { CodeOption } from '../codes';
import type { FieldDef, FieldType } from './types';

type FieldOptions = Omit<FieldDef, 'key' | 'label' | 'type'>;

function field(type: FieldType) {
  return (key: string, label: string, options: FieldOptions = {}): FieldDef => ({ key, label, type, ...options });
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
  entries: (
    key: string,
    label: string,
    kind: string,
    fields: FieldDef[],
    rest: FieldOptions & { min?: number; max?: number } = {},
  ): FieldDef => {
    const { min = 0, max = 50, ...options } = rest;
    return { key, label, type: 'entries', entry: { kind, fields, min, max }, ...options };
  },
  select: (key: string, label: string, options: readonly CodeOption[], rest: FieldOptions = {}): FieldDef => ({
    key,
    label,
    type: 'select',
    options,
    ...rest,
  }),
  multiselect: (key: string, label: string, options: readonly CodeOption[], rest: FieldOptions = {}): FieldDef => ({
    key,
    label,
    type: 'multiselect',
    options,
    ...rest,
  }),
  parties: (key: string, label: string, role: string, min: number, max: number, rest: FieldOptions = {}): FieldDef => ({
    key,
    label,
    type: 'parties',
    party: { role, min, max },
    ...rest,
  }),
};

/** 登记日期、登记人、备注: every book has them (docs/spec/formats.md §5 preamble). */
export function commonFields(registeredBy = '登记人'): FieldDef[] {
  return [
    f.date('registered_on', '登记日期', { required: true, initial: 'today', section: '登记' }),
    f.staff('registered_by', registeredBy, { section: '登记' }),
    f.textarea('remark', '备注', { max: 1000, section: '登记', search: true }),
  ];
}
