import { Autocomplete, Checkbox, NumberInput, TagsInput, Textarea, TextInput } from '@mantine/core';
import { optionWarning } from '../../../src-shared/codes';
import type { Lookups } from '../../../src-shared/handlers';
import type { FieldDef } from '../../../src-shared/registers';
import type { FormValue } from '../lib/formValues';
import { staffNames } from '../lib/lookups';
import { AddMediatorButton, AddStaffButton, withAddButton, type RenderField } from './AddPerson';
import { DateField, TimeField } from './DateField';
import { LinesInput } from './LinesInput';
import { ChoiceSelect, ChoiceMultiSelect } from './ChoiceSelect';
import { WarningSwatch } from './WarningBadge';

interface FieldInputProps {
  field: FieldDef;
  value: FormValue;
  error?: string | undefined;
  lookups: Lookups;
  /** For a field with `choicesFrom`: the names the record holds there (the case's own 人民调解员). */
  choices?: readonly string[] | undefined;
  /** What the empty field stands for meanwhile (调解结果: 在办), shown in it. */
  pending?: string | undefined;
  onChange: (value: FormValue) => void;
}

/** Several names kept in one text value, as a 调解记录's 人民调解员 always was: “张三、李四”. */
const NAME_SEPARATOR = '、';
const splitNames = (text: string) =>
  text
    .split(/[、，,;；]/)
    .map((name) => name.trim())
    .filter(Boolean);

const str = (v: FormValue) => (typeof v === 'string' ? v : v === null ? '' : String(v));

/** One input for one scalar field, chosen by the field's type. */
export function FieldInput({ field, value, error, lookups, choices, pending, onChange }: FieldInputProps) {
  const renderField: RenderField = (sub, subValue, subError, onSubChange) => (
    <FieldInput field={sub} value={subValue} error={subError} lookups={lookups} onChange={onSubChange} />
  );
  const common = {
    label: field.label,
    description: field.hint,
    error,
    withAsterisk: field.required,
    'data-field': field.key,
  };
  // 社会适应指数等级 and 帮教类别 in their warning colour (the 三色预警).
  const warning = field.type === 'select' ? optionWarning(field.options, value) : undefined;
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
          leftSection={warning ? <WarningSwatch warning={warning} /> : undefined}
          description={warning ? [warning.meaning, field.hint].filter(Boolean).join('；') : field.hint}
          placeholder={pending}
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
      const chosen = Array.isArray(value) ? (value as string[]) : [];
      const names = [...new Set([...lookups.mediators.map((m) => m.name), ...chosen])];
      return (
        <ChoiceMultiSelect
          {...common}
          data={names}
          searchable
          nothingFoundMessage="花名册中没有此人，可点右边的“+ 新增”登记"
          value={chosen}
          onChange={(v) => onChange(v)}
          inputContainer={withAddButton(
            <AddMediatorButton
              renderField={renderField}
              onAdded={(name) => onChange(chosen.includes(name) ? chosen : [...chosen, name])}
            />,
          )}
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
          data={staffNames(lookups)}
          value={str(value)}
          onChange={(v) => onChange(v)}
          inputContainer={withAddButton(<AddStaffButton onAdded={onChange} />)}
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
      if (field.choicesFrom !== undefined && choices) {
        const chosen = splitNames(str(value));
        return (
          <ChoiceMultiSelect
            {...common}
            data={[...new Set([...choices, ...chosen])]}
            nothingFoundMessage="本案的人民调解员中没有此人，请先在“受理”中选定"
            value={chosen}
            onChange={(v) => onChange(v.join(NAME_SEPARATOR))}
          />
        );
      }
      if (field.suggestFrom !== undefined)
        return (
          <Autocomplete
            {...common}
            data={lookups[field.suggestFrom]}
            value={str(value)}
            onChange={(v) => onChange(v)}
          />
        );
      return <TextInput {...common} value={str(value)} onChange={(e) => onChange(e.currentTarget.value)} />;
    case 'names':
      return (
        <TagsInput
          {...common}
          placeholder="输入姓名后按回车"
          data={staffNames(lookups)}
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
