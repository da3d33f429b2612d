import '@mantine/dates/styles.css';
import 'dayjs/locale/zh-cn';
import { ActionIcon, Popover, TextInput, Tooltip } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { useEffect, useState, type KeyboardEvent, type ReactNode } from 'react';
import { chineseDate, todayIso } from '../../../src-shared/dates';
import { parseTypedDate, parseTypedTime } from '../../../src-shared/typedDates';
import { useApi } from '../lib/useApi';

// Date and time boxes a clerk types into: text, read when it makes a whole date (src-shared/typedDates.ts) and shown
// back as 2026-10-12 on leaving the box. What cannot be read stays in the box with a message, and the form holds the
// text as typed, so saving refuses it by the field's name instead of keeping a wrong date. One Tab per date; the
// calendar (Alt+↓, or the button) marks holidays and 调休 working days from 设置 › 节假日.

export interface TypedFieldProps {
  label: string;
  description?: string | undefined;
  error?: string | undefined;
  withAsterisk?: boolean | undefined;
  'data-field'?: string;
  /** Its name where no label is shown above it (a cell of a table whose header names the column). */
  'aria-label'?: string;
  w?: number;
  value: string;
  onChange: (value: string) => void;
}

/** The box's text as typed, following the form's value when it changes from outside (a draft, a derived date). */
function useTypedText(value: string, read: (text: string) => string | null) {
  const [text, setText] = useState(value);
  useEffect(() => {
    setText((typed) => (read(typed) === value || typed === value ? typed : value));
    // `read` is a pure parser chosen by the field's type: only a new value matters.
  }, [value]);
  return [text, setText] as const;
}

function TypedField({
  value,
  onChange,
  error,
  read,
  unreadable,
  placeholder,
  rightSection,
  onKeyDown,
  ...common
}: TypedFieldProps & {
  read: (text: string) => string | null;
  unreadable: string;
  placeholder: string;
  rightSection?: ReactNode;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
}) {
  const [text, setText] = useTypedText(value, read);
  const [left, setLeft] = useState(false);
  const readable = text.trim() === '' || read(text) !== null;
  return (
    <TextInput
      {...common}
      placeholder={placeholder}
      value={text}
      autoComplete="off"
      error={left && !readable ? unreadable : error}
      rightSection={rightSection}
      onKeyDown={onKeyDown}
      onFocus={() => setLeft(false)}
      onChange={(event) => {
        const typed = event.currentTarget.value;
        setText(typed);
        onChange(typed.trim() === '' ? '' : (read(typed) ?? typed));
      }}
      onBlur={() => {
        setLeft(true);
        const meant = read(text);
        if (meant) setText(meant);
      }}
    />
  );
}

/** Holidays (休) and 调休 working days (班) of the years the office's calendar holds, by date. */
function useCalendarMarks(opened: boolean): Map<string, { mark: '休' | '班'; name: string }> {
  const calendar = useApi('calendar.get', opened ? {} : null);
  const marks = new Map<string, { mark: '休' | '班'; name: string }>();
  for (const year of calendar.data?.years ?? []) {
    for (const day of year.holidays) marks.set(day.date, { mark: '休', name: day.name });
    for (const day of year.workdays) marks.set(day.date, { mark: '班', name: day.name });
  }
  return marks;
}

function CalendarIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden>
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M16 3v4M8 3v4M3 10h18" />
    </svg>
  );
}

export function DateField(props: TypedFieldProps) {
  const [opened, setOpened] = useState(false);
  const marks = useCalendarMarks(opened);
  const today = todayIso();
  const read = (text: string) => parseTypedDate(text, today);
  const picked = parseTypedDate(props.value, today);
  return (
    <Popover
      opened={opened}
      onDismiss={() => setOpened(false)}
      position="bottom-start"
      shadow="md"
      trapFocus
      returnFocus
    >
      <Popover.Target>
        <div>
          <TypedField
            {...props}
            read={read}
            placeholder="如 2026-10-12"
            unreadable="无法识别为日期，可输入 2026-10-12、20261012、2026年10月12日 或 10月12日"
            onKeyDown={(event) => {
              if (event.altKey && event.key === 'ArrowDown') {
                event.preventDefault();
                setOpened(true);
              }
            }}
            rightSection={
              <Tooltip label="打开日历（Alt+↓）">
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  tabIndex={-1}
                  aria-label={`${props.label || props['aria-label'] || ''}：打开日历`}
                  onClick={() => setOpened((o) => !o)}
                >
                  <CalendarIcon />
                </ActionIcon>
              </Tooltip>
            }
          />
        </div>
      </Popover.Target>
      <Popover.Dropdown>
        <DatePicker
          locale="zh-cn"
          firstDayOfWeek={1}
          monthLabelFormat="YYYY年M月"
          yearLabelFormat="YYYY年"
          monthsListFormat="M月"
          value={picked}
          defaultDate={picked ?? today}
          getDayAriaLabel={(date) => {
            const marked = marks.get(date);
            return `${chineseDate(date) ?? date}${marked ? `，${marked.name}${marked.mark === '休' ? '放假' : '调休上班'}` : ''}`;
          }}
          renderDay={(date) => {
            const marked = marks.get(date);
            return (
              <div
                style={{
                  position: 'relative',
                  // A 调休 Saturday is a working day: not in the weekend's red.
                  color: marked
                    ? marked.mark === '休'
                      ? 'var(--mantine-color-red-7)'
                      : 'var(--mantine-color-text)'
                    : undefined,
                }}
              >
                {Number(date.slice(8, 10))}
                {marked && (
                  <span style={{ position: 'absolute', top: -8, right: -10, fontSize: 9, lineHeight: 1 }}>
                    {marked.mark}
                  </span>
                )}
              </div>
            );
          }}
          onChange={(date) => {
            if (date) props.onChange(date);
            setOpened(false);
          }}
        />
      </Popover.Dropdown>
    </Popover>
  );
}

export function TimeField(props: TypedFieldProps) {
  return (
    <TypedField
      {...props}
      read={parseTypedTime}
      placeholder="如 09:30"
      unreadable="无法识别为时间，请用 24 小时制，如 09:30、0930 或 14:30"
    />
  );
}
