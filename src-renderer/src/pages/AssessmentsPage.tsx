import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type KeyboardEvent } from 'react';
import type { AssessedPerson } from '../../../src-shared/api/correction';
import { assessmentAspectOptions } from '../../../src-shared/correctionApprovals';
import { lastDayOfMonth, todayIso } from '../../../src-shared/dates';
import { registerDef } from '../../../src-shared/registers';
import { ChoiceSelect } from '../components/ChoiceSelect';
import { DateField } from '../components/DateField';
import { EmptyRow } from '../components/EmptyRow';
import { LoadStatus } from '../components/LoadState';
import { MonthSelect } from '../components/MonthSelect';
import { api, ApiFailure, errorMessage } from '../lib/api';
import { useLookups } from '../lib/lookups';
import { navigate, routeHref } from '../lib/router';
import { useApi } from '../lib/useApi';

// 月度考核: everyone under correction in the month, one row each, recorded one after another from the keyboard — Tab
// through a row, Enter (or 保存) saves that person's 考核 on their record and puts the cursor in the next row.

const people = registerDef('correctionSubject');
const ASPECTS = [
  { key: 'remorse', label: '认罪悔罪' },
  { key: 'compliance', label: '遵守规定' },
  { key: 'supervision', label: '服从监管' },
  { key: 'education', label: '接受教育' },
] as const;

type Row = Record<'remorse' | 'compliance' | 'supervision' | 'education' | 'result' | 'date' | 'notified_date', string>;

/** The day a new 考核 is dated: today in the month itself, else the month's last day. */
function defaultDate(month: string, today: string): string {
  if (today.startsWith(month)) return today;
  const [year, m] = month.split('-').map(Number) as [number, number];
  return lastDayOfMonth(year, m);
}

function rowOf(person: AssessedPerson, month: string, today: string): Row {
  const a = person.assessment ?? {};
  const s = (key: string) => (typeof a[key] === 'string' ? (a[key] as string) : '');
  return {
    remorse: s('remorse'),
    compliance: s('compliance'),
    supervision: s('supervision'),
    education: s('education'),
    result: s('result'),
    date: s('date') || defaultDate(month, today),
    notified_date: s('notified_date'),
  };
}

const firstBoxOf = (id: number) =>
  document.querySelector<HTMLInputElement>(`[data-assess="${id}"] [data-path="remorse"] input`);

export function AssessmentsPage({ month: given }: { month?: string | undefined }) {
  const today = todayIso();
  const month = given ?? today.slice(0, 7);
  const listed = useApi('correction.assessments', { month });
  const list = listed.data?.people ?? [];
  const done = list.filter((p) => p.assessment !== null).length;
  return (
    <Stack gap="md">
      <Title order={2}>月度考核</Title>
      <Paper withBorder p="sm" radius="md">
        <Group align="flex-end">
          <MonthSelect
            label="考核月份"
            value={month}
            today={today}
            onChange={(next) => next && navigate({ page: 'assessments', month: next })}
          />
          <Text size="sm" c="dimmed">
            本月在矫 {list.length} 人，已考核 {done} 人，未考核 {list.length - done} 人。在一行中按 Tab 依次填写，按
            Enter 保存并转到下一人。
          </Text>
        </Group>
      </Paper>
      <LoadStatus state={listed} />
      <Paper withBorder radius="md">
        <Table aria-label="月度考核" verticalSpacing={4} horizontalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>姓名</Table.Th>
              <Table.Th>本月</Table.Th>
              {ASPECTS.map((a) => (
                <Table.Th key={a.key}>{a.label}</Table.Th>
              ))}
              <Table.Th>考核结果</Table.Th>
              <Table.Th>考核日期</Table.Th>
              <Table.Th>通知本人日期</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.length === 0 && !listed.loading && <EmptyRow columns={10} message="这个月没有在矫的社区矫正对象" />}
            {list.map((person, i) => (
              <AssessmentRow
                key={`${month}-${person.id}`}
                person={person}
                month={month}
                today={today}
                onSaved={(saved) => {
                  listed.setData((prev) =>
                    prev ? { ...prev, people: prev.people.map((p) => (p.id === saved.id ? saved : p)) } : prev,
                  );
                  const next = list[i + 1];
                  if (next) firstBoxOf(next.id)?.focus();
                }}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}

function AssessmentRow({
  person,
  month,
  today,
  onSaved,
}: {
  person: AssessedPerson;
  month: string;
  today: string;
  onSaved: (saved: AssessedPerson) => void;
}) {
  const { lookups } = useLookups();
  const [row, setRow] = useState<Row>(() => rowOf(person, month, today));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const set = (key: keyof Row, value: string) => setRow((r) => ({ ...r, [key]: value }));
  const fieldError = (key: string) => error?.fields[`entry.${key}`];
  const grades = [...new Set([...lookups.assessmentGrades, ...(row.result ? [row.result] : [])])];
  const aspects = assessmentAspectOptions.map((o) => ({ value: o.value, label: o.label }));
  const grade = person.assessment?.['result'];

  const save = async () => {
    if (saving) return;
    setSaving(true);
    setError(null);
    try {
      const entry = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v.trim() === '' ? null : v]));
      const { person: saved } = await api('correction.saveAssessment', { id: person.id, month, entry });
      setRow(rowOf(saved, month, today));
      notifications.show({ color: 'green', title: '已保存', message: `${person.name} ${month} 考核：${row.result}` });
      onSaved(saved);
    } catch (e) {
      setError({ message: errorMessage(e), fields: e instanceof ApiFailure ? (e.error.fields ?? {}) : {} });
    } finally {
      setSaving(false);
    }
  };
  // Enter saves the row, unless a pick list took it to choose an option.
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (event.key !== 'Enter' || event.defaultPrevented || event.nativeEvent.isComposing) return;
    if (!(event.target instanceof HTMLInputElement)) return;
    event.preventDefault();
    void save();
  };
  return (
    <>
      <Table.Tr data-assess={person.id} onKeyDown={onKeyDown} aria-label={`${person.name}的考核`}>
        <Table.Td>
          <Anchor href={routeHref({ page: 'record', register: people.key, id: person.id })} tabIndex={-1}>
            {person.name}
          </Anchor>
        </Table.Td>
        <Table.Td>
          {typeof grade === 'string' ? (
            <Badge variant="light" color="green">
              已考核：{grade}
            </Badge>
          ) : (
            <Badge variant="light" color="orange">
              未考核
            </Badge>
          )}
        </Table.Td>
        {ASPECTS.map((a) => (
          <Table.Td key={a.key} data-path={a.key}>
            <ChoiceSelect
              aria-label={`${person.name}${a.label}`}
              data={aspects}
              value={row[a.key] || null}
              searchable
              error={fieldError(a.key)}
              onChange={(v) => set(a.key, v ?? '')}
              w={84}
            />
          </Table.Td>
        ))}
        <Table.Td data-path="result">
          <ChoiceSelect
            aria-label={`${person.name}考核结果`}
            data={grades}
            value={row.result || null}
            searchable
            error={fieldError('result')}
            onChange={(v) => set('result', v ?? '')}
            w={104}
          />
        </Table.Td>
        <Table.Td data-path="date">
          <DateField
            label=""
            value={row.date}
            error={fieldError('date')}
            onChange={(v) => set('date', v)}
            w={132}
            aria-label={`${person.name}考核日期`}
          />
        </Table.Td>
        <Table.Td data-path="notified_date">
          <DateField
            label=""
            value={row.notified_date}
            error={fieldError('notified_date')}
            onChange={(v) => set('notified_date', v)}
            w={132}
            aria-label={`${person.name}通知本人日期`}
          />
        </Table.Td>
        <Table.Td>
          <Button size="compact-sm" loading={saving} onClick={() => void save()}>
            保存
          </Button>
        </Table.Td>
      </Table.Tr>
      {error && (
        <Table.Tr>
          <Table.Td colSpan={10}>
            <Alert color="red" py={4} role="alert">
              {person.name}：{error.message}
            </Alert>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
