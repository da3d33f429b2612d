import { Alert, Badge, Button, Group, NumberInput, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { CALENDAR_MAX_YEAR, CALENDAR_MIN_YEAR, type CalendarYearView } from '../../../src-shared/calendar';
import type { CalendarDay } from '../../../src-shared/workdays';
import { ApiFailure, api, errorMessage } from '../lib/api';
import { useApi } from '../lib/useApi';
import { CalendarDayTable } from './CalendarDayTable';
import { LoadStatus } from './LoadState';
import { ChoiceSelect } from './ChoiceSelect';
import { TabSaveButton, useTabSave } from './settings/TabSave';

type Draft = { year: number; holidays: CalendarDay[]; workdays: CalendarDay[] };

/** The two lists of a year, side by side. */
const LISTS = [
  { path: 'holidays', label: '放假', namePlaceholder: '如 春节' },
  { path: 'workdays', label: '调休上班', namePlaceholder: '如 春节调休上班' },
] as const;

const draftOf = (y: CalendarYearView): Draft => ({ year: y.year, holidays: y.holidays, workdays: y.workdays });

/**
 * 节假日日历: the years the working-day deadlines are counted with. The office enters next year's schedule when the
 * State Council announces it, or corrects a shipped year; a saved year replaces the shipped one whole.
 */
export function CalendarEditor({ active }: { active: boolean }) {
  const calendar = useApi('calendar.get', {});
  const years = calendar.data?.years ?? [];
  const setYears = (next: (all: CalendarYearView[]) => CalendarYearView[]) =>
    calendar.setData((c) => ({ years: next(c?.years ?? []) }));
  // Until the clerk picks a year, the latest one is open.
  const [picked, setDraft] = useState<Draft | null>(null);
  const latest = years[years.length - 1];
  const draft = picked ?? (latest ? draftOf(latest) : null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [newYear, setNewYear] = useState<number | string>('');
  const [busy, setBusy] = useState(false);

  const current = years.find((y) => y.year === draft?.year) ?? null;
  const open = (year: number) => {
    const found = years.find((y) => y.year === year);
    setDraft(found ? draftOf(found) : { year, holidays: [], workdays: [] });
    setErrors({});
  };

  /** Replaces one list; its messages go, since the rows they point at may have moved. */
  const change = (kind: 'holidays' | 'workdays', rows: CalendarDay[]) => {
    setDraft((d) => {
      const edited = d ?? draft;
      return edited && { ...edited, [kind]: rows };
    });
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([key]) => !key.startsWith(kind))));
  };

  const addYear = () => {
    if (typeof newYear !== 'number') return;
    open(newYear);
    setNewYear('');
  };

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
      setErrors({});
    } catch (e) {
      if (e instanceof ApiFailure) setErrors(e.error.fields ?? {});
      notifications.show({ color: 'red', title: '未保存', message: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  const save = (d: Draft) =>
    run(async () => {
      const saved = await api('calendar.saveYear', d);
      setYears((all) => [...all.filter((y) => y.year !== saved.year), saved].sort((a, b) => a.year - b.year));
      setDraft(draftOf(saved));
      notifications.show({ color: 'green', title: '已保存', message: `${saved.year}年节假日安排已保存，提醒随之更新` });
    });

  const remove = (year: number, shipped: boolean) =>
    run(async () => {
      const { years: left } = await api('calendar.removeYear', { year });
      setYears(() => left);
      const back = left.find((y) => y.year === year);
      setDraft(back ? draftOf(back) : { year, holidays: [], workdays: [] });
      notifications.show({
        color: 'green',
        title: '已恢复',
        message: shipped ? `${year}年已恢复为随应用提供的安排` : `${year}年的节假日安排已删除`,
      });
    });

  useTabSave(active, () => {
    if (draft && !busy) void save(draft);
  });

  const yearOptions = [...new Set([...years.map((y) => y.year), ...(draft ? [draft.year] : [])])]
    .sort((a, b) => a - b)
    .map((year) => {
      const y = years.find((v) => v.year === year);
      return { value: String(year), label: `${year}年（${y ? y.source : '未录入'}）` };
    });

  return (
    <Paper withBorder p="md" radius="md" aria-label="节假日日历">
      <Title order={4}>节假日日历</Title>
      <Text size="sm" c="dimmed" mb="sm">
        “N
        个工作日内”的期限按这里的放假和调休上班日期计算。国务院办公厅每年年底公布下一年的节假日安排，公布后请录入；随应用提供的年份有误时也可在此更正。
      </Text>
      <LoadStatus state={calendar} />
      <Group align="flex-end" mb="sm">
        <ChoiceSelect
          label="年份"
          w={220}
          data={yearOptions}
          value={draft ? String(draft.year) : null}
          onChange={(v) => v && open(Number(v))}
          allowDeselect={false}
        />
        <NumberInput
          label="新增年份"
          w={120}
          min={CALENDAR_MIN_YEAR}
          max={CALENDAR_MAX_YEAR}
          allowDecimal={false}
          placeholder={String((years[years.length - 1]?.year ?? new Date().getFullYear()) + 1)}
          value={newYear}
          onChange={setNewYear}
        />
        <Button variant="light" disabled={typeof newYear !== 'number'} onClick={addYear}>
          新增年份
        </Button>
        {current && <Badge color={current.source === '本所录入' ? 'blue' : 'gray'}>{current.source}</Badge>}
      </Group>

      {draft && !current && (
        <Alert color="yellow" mb="sm" title={`${draft.year}年尚无节假日安排`}>
          请按国务院办公厅关于{draft.year}
          年部分节假日安排的通知录入：放假日期逐日录入（含放假期间的周六、周日），调休上班只录需要上班的周六、周日。
          未录入前，落在{draft.year}年的工作日期限显示为“无法计算”。
        </Alert>
      )}

      {draft && (
        <>
          <TabSaveButton above busy={busy} onSave={() => void save(draft)} label={`保存${draft.year}年节假日安排`}>
            {current?.source === '本所录入' && (
              <Button
                variant="subtle"
                color="red"
                loading={busy}
                onClick={() => void remove(current.year, current.shipped)}
              >
                {current.shipped ? '恢复随应用提供的安排' : `删除${current.year}年安排`}
              </Button>
            )}
          </TabSaveButton>
          <SimpleGrid cols={2} spacing="lg">
            {LISTS.map((list) => (
              <CalendarDayTable
                key={list.path}
                label={list.label}
                path={list.path}
                rows={draft[list.path]}
                errors={errors}
                namePlaceholder={list.namePlaceholder}
                onChange={(rows) => change(list.path, rows)}
              />
            ))}
          </SimpleGrid>
        </>
      )}
    </Paper>
  );
}
