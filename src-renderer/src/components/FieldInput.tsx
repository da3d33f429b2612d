import { Autocomplete, Checkbox, NumberInput, TagsInput, Textarea, TextInput } from '@mantine/core';
import type { Lookups } from '../../../src-shared/handlers';
import type { FieldDef } from '../../../src-shared/registers';
import type { FormValue } from '../lib/formValues';
import { DateField, TimeField } from './DateField';
import { LinesInput } from './LinesInput';
import { ChoiceSelect, ChoiceMultiSelect } from './ChoiceSelect';

interface FieldInputProps {
  field: FieldDef;
  value: FormValue;
  error?: string | undefined;
  lookups: Lookups;
  onChange: (value: FormValue) => void;
}

const str = (v: FormValue) => (typeof v === 'string' ? v : v === null ? '' : String(v));

/** One input for one scalar field, chosen by the field's type. */
export function FieldInput({ field, value, error, lookups, onChange }: FieldInputProps) {
  const common = {
    label: field.label,
    description: field.hint,
    error,
    withAsterisk: field.required,
    'data-field': field.key,
  };
  switch (field.type) {
    case 'textarea':
      return (
        <Textarea
          {...common}
          autosize
          minRows={2}
          maxRows={10}
          value={str(value)}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case 'date':
      return <DateField {...common} value={str(value)} onChange={onChange} />;
    case 'time':
      return <TimeField {...common} value={str(value)} onChange={onChange} />;
    case 'int':
    case 'money':
      return (
        <NumberInput
          {...common}
          value={value === null ? '' : (value as number | string)}
          min={0}
          decimalScale={field.type === 'money' ? 2 : 0}
          thousandSeparator={field.type === 'money' ? ',' : undefined}
          allowNegative={false}
          onChange={(v) => onChange(v)}
        />
      );
    case 'bool':
      return (
        <Checkbox
          mt="xl"
          label={field.label}
          error={error}
          data-field={field.key}
          checked={value === true}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
      );
    case 'select':
      return (
        <ChoiceSelect
          {...common}
          data={(field.options ?? []).map((o) => ({ value: o.value, label: o.label }))}
          value={str(value) || null}
          searchable
          clearable={!field.required}
          nothingFoundMessage="没有匹配的选项"
          onChange={(v) => onChange(v ?? '')}
        />
      );
    case 'multiselect':
      return (
        <ChoiceMultiSelect
          {...common}
          placeholder="请选择（可多选）"
          data={(field.options ?? []).map((o) => ({ value: o.value, label: o.label }))}
          value={Array.isArray(value) ? (value as string[]) : []}
          onChange={(v) => onChange(v)}
        />
      );
    case 'mediators': {
      const names = [
        ...new Set([...lookups.mediators.map((m) => m.name), ...(Array.isArray(value) ? (value as string[]) : [])]),
      ];
      return (
        <ChoiceMultiSelect
          {...common}
          data={names}
          searchable
          nothingFoundMessage="花名册中没有此人，请先在人民调解员花名册中登记"
          value={Array.isArray(value) ? (value as string[]) : []}
          onChange={(v) => onChange(v)}
        />
      );
    }
    case 'committee':
      return (
        <ChoiceSelect
          {...common}
          data={lookups.committees
            .filter((c) => c.active || c.id === value)
            .map((c) => ({ value: String(c.id), label: `${c.name}（${c.shortName}）` }))}
          value={value === null || value === '' ? null : String(value)}
          nothingFoundMessage="请先在“设置”中添加人民调解委员会"
          onChange={(v) => onChange(v ? Number(v) : null)}
        />
      );
    case 'staff':
      return (
        <Autocomplete
          {...common}
          data={lookups.staff.filter((s) => s.active).map((s) => s.name)}
          value={str(value)}
          onChange={(v) => onChange(v)}
        />
      );
    case 'phone':
      return <TextInput {...common} type="tel" value={str(value)} onChange={(e) => onChange(e.currentTarget.value)} />;
    case 'idcard':
      return (
        <TextInput
          {...common}
          maxLength={18}
          value={str(value)}
          onChange={(e) => onChange(e.currentTarget.value.toUpperCase())}
        />
      );
    case 'text':
      return <TextInput {...common} value={str(value)} onChange={(e) => onChange(e.currentTarget.value)} />;
    case 'names':
      return (
        <TagsInput
          {...common}
          placeholder="输入姓名后按回车"
          data={lookups.staff.filter((s) => s.active).map((s) => s.name)}
          value={Array.isArray(value) ? (value as string[]) : []}
          onChange={(v) => onChange(v)}
        />
      );
    case 'lines':
      return (
        <LinesInput
          field={field}
          lines={Array.isArray(value) ? (value as string[]) : []}
          error={error}
          onChange={onChange}
        />
      );
    case 'parties':
    case 'entries':
      return null;
  }
}
