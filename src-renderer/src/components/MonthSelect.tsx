import { monthsAfter, parseDate } from '../../../src-shared/dates';
import { ChoiceSelect } from './ChoiceSelect';

// A month picked from a list the clerk can type into (“2026年11”): the months up to next month, newest first, as far
// back as a correction term or an old 审批事项 reaches.

const MONTHS_BACK = 60;

function monthChoices(today: string): { value: string; label: string }[] {
  const { year, month } = parseDate(today);
  return Array.from({ length: MONTHS_BACK + 2 }, (_, i) => {
    const at = monthsAfter(year, month, 1 - i);
    return { value: `${at.year}-${String(at.month).padStart(2, '0')}`, label: `${at.year}年${at.month}月` };
  });
}

export function MonthSelect({
  label,
  value,
  today,
  placeholder,
  onChange,
}: {
  label: string;
  /** 'YYYY-MM', or null for none (then the list may be cleared: 全部月份). */
  value: string | null;
  today: string;
  placeholder?: string;
  onChange: (month: string | null) => void;
}) {
  const data = monthChoices(today);
  if (value && !data.some((d) => d.value === value)) data.push({ value, label: value.replace('-', '年') + '月' });
  return (
    <ChoiceSelect
      label={label}
      data={data}
      value={value}
      searchable
      clearable={placeholder !== undefined}
      placeholder={placeholder}
      nothingFoundMessage="没有这个月份"
      onChange={(v) => onChange(v || null)}
      w={150}
    />
  );
}
