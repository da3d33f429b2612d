import { Alert, Anchor, Badge, Button, Card, Grid, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { labels } from '../../../src-shared/codes';
import { todayIso } from '../../../src-shared/dates';
import {
  entryEvents,
  eventSources,
  FROM_FORM,
  recordableEvents,
  type EventSubject,
} from '../../../src-shared/eventFields';
import type { RecordRow } from '../../../src-shared/handlers';
import { dueClause } from '../../../src-shared/reminderText';
import { workPlace } from '../../../src-shared/reminderWork';
import { fieldDef, registerDef, type EntryData, type FieldDef, type RegisterDef } from '../../../src-shared/registers';
import type { Reminder } from '../../../src-shared/rules';
import { api, errorMessage } from '../lib/api';
import { addEntry, goToField } from '../lib/focusField';
import { emptyEntry, fromRecord, toApiData, type FormEntry, type FormValues } from '../lib/formValues';
import { useLookups } from '../lib/lookups';
import { fieldWorkLabel } from '../lib/work';
import type { RecordWork } from '../lib/router';
import { useApi } from '../lib/useApi';
import { BasisPopover } from './BasisPopover';
import { FieldInput } from './FieldInput';
import { LoadStatus } from './LoadState';

// A person's or a case's 时间线: what has happened, in date order — the dates its form holds (报到（接收）日期,
// 协议签订日期, 回访日期, each 实地查访 …, marked 来自登记表 and changed there) and its 事件记录 — then what the reminder
// engine says is due next. 记录事件 offers only the events with no date of their own on the form, and appends to the
// record's 事件记录 through registers.update, so it closes a reminder exactly as entering it in the form below would.

interface Item {
  date: string;
  title: string;
  detail: string[];
  result: string | null;
  /** The form's field this entry is, when it is one: changed there, not here. */
  field: FieldDef | null;
}

/** The first few events this kind of record keeps on its form, for the hint under 记录事件: this book's own words. */
function formEventNames(register: EventSubject): string {
  const listed = eventSources[register].filter((s) => s.kind === 'date' || (s.kind === 'entries' && !s.quiet));
  const names = [...new Set(listed.map((s) => s.event))];
  return names.slice(0, 5).join('、');
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : null);

function itemsOf(def: RegisterDef, register: EventSubject, record: RecordRow): Item[] {
  const fromForm: Item[] = [];
  for (const source of eventSources[register]) {
    const field = fieldDef(def, source.field) as FieldDef;
    const value = record.data[source.field];
    if (source.kind === 'date' && typeof value === 'string' && value !== '')
      fromForm.push({ date: value, title: source.event, detail: [field.label], result: null, field });
    if (source.kind === 'entries' && !source.quiet)
      for (const entry of (value ?? []) as EntryData[]) {
        for (const { date } of entryEvents([source], source.entryKind, entry)) {
          // An 审批事项 by its own type and the date it is counted from (外出（七日以内）申请 · 收到申请日期).
          const dated = source.names && field.entry?.fields.find((f) => f.key === (source.dateField ?? 'date'));
          const first = (field.entry?.fields ?? []).find((f) => f.type === 'textarea');
          const detail = [dated ? dated.label : text(first ? entry[first.key] : null)].filter(
            (x): x is string => x !== null,
          );
          const title = source.names ? `${String(entry['type'])}${source.names.noun}` : source.event;
          fromForm.push({ date, title, detail, result: null, field });
        }
      }
  }
  // A fact both in its field and as an event (ledgers from before the fields counted) is shown once, as the form's.
  const shown = new Set(fromForm.map((i) => `${i.title}\u0000${i.date}`));
  const events = ((record.data['events'] ?? []) as EntryData[])
    .map((e) => ({
      date: String(e['date']),
      title: String(e['type']),
      detail: [text(e['note'])].filter((x): x is string => x !== null),
      result: text(e['result']),
      field: null,
    }))
    .filter((e) => !shown.has(`${e.title}\u0000${e.date}`));
  // Stable: entries of one day keep the order they were recorded in.
  return [...fromForm, ...events].sort((a, b) => a.date.localeCompare(b.date));
}

const STATUS_COLOR: Record<Reminder['status'], string> = {
  overdue: 'red',
  today: 'orange',
  week: 'yellow',
  later: 'gray',
  'no-calendar': 'gray',
};

export function RecordTimeline({
  record,
  onSaved,
  work,
}: {
  record: RecordRow;
  onSaved: (saved: RecordRow) => void;
  work?: RecordWork;
}) {
  const register = record.register as EventSubject;
  const def = registerDef(register);
  const eventsField = fieldDef(def, 'events') as FieldDef;
  // 记录事件's 类型: only the events with no date of their own on the form.
  const entryFields = (eventsField.entry?.fields ?? []).map((f) =>
    f.key === 'type' ? { ...f, options: labels(...recordableEvents(register)) } : f,
  );
  const { lookups } = useLookups();
  // Asked again after every save of the record: a recorded event may close a reminder or open the next one.
  const due = useApi(
    'reminders.list',
    { subject: { register: record.register, id: record.id } },
    { version: record.updatedAt },
  );
  const reminders = due.data?.reminders ?? [];
  const opened = work && 'event' in work ? work.event : null;
  const fresh = (type: string | null): FormEntry => ({ ...emptyEntry(eventsField, todayIso()), type });
  const [entry, setEntry] = useState<FormEntry>(() => fresh(opened));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLDivElement>(null);

  // 记录事件 in view, set to that event, the cursor in its 日期: from a reminder here, or sent from 首页.
  const openOn = (type: string) => {
    setEntry((e) => ({ ...e, type }));
    showForm(form.current);
  };
  useEffect(() => {
    if (opened) showForm(form.current);
  }, [opened]);

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      const values: FormValues = fromRecord(def, record.data);
      values['events'] = [...((values['events'] ?? []) as FormEntry[]), entry];
      const saved = await api('registers.update', { register: def.key, id: record.id, data: toApiData(def, values) });
      notifications.show({
        color: 'green',
        title: '已记录',
        message: `${String(entry['type'])}（${String(entry['date'])}）`,
      });
      setEntry(fresh(null));
      onSaved(saved);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  // 在登记表中修改 puts the cursor where the fact is on the form; a reminder's “添加评估” adds the entry to be recorded.
  const toField = (field: FieldDef) => goToField(field.key, field.type === 'entries');
  const toWork = (field: FieldDef) => (field.type === 'entries' ? addEntry(field.key) : goToField(field.key, false));
  const items = itemsOf(def, register, record);
  return (
    <Card withBorder radius="md" aria-label="时间线">
      <Title order={3} mb="md">
        时间线
      </Title>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <LoadStatus state={due} />
          {items.length === 0 && reminders.length === 0 && (
            <Text c="dimmed">
              还没有事件。登记表上的日期（如报到、受理、协议签订）和右侧“记录事件”登记的事件按日期列在这里，到期提醒随之生成。
            </Text>
          )}
          <Timeline bulletSize={16} lineWidth={2} active={items.length - 1}>
            {items.map((item, i) => (
              <Timeline.Item
                key={`${item.date}-${i}`}
                title={item.title}
                data-event={item.title}
                data-from-form={item.field ? item.field.key : undefined}
              >
                <Text size="sm" c="dimmed">
                  {item.date}
                </Text>
                {item.result && (
                  <Badge variant="light" mt={4}>
                    {item.result}
                  </Badge>
                )}
                {item.detail.map((d) => (
                  <Text key={d} size="sm" lineClamp={2}>
                    {d}
                  </Text>
                ))}
                {item.field && (
                  <Group gap="xs" mt={2}>
                    <Badge variant="outline" color="gray" size="sm">
                      {FROM_FORM}
                    </Badge>
                    <Anchor
                      component="button"
                      type="button"
                      size="sm"
                      onClick={() => item.field && toField(item.field)}
                    >
                      在登记表中修改
                    </Anchor>
                  </Group>
                )}
              </Timeline.Item>
            ))}
            {reminders.map((r, i) => (
              <Timeline.Item
                key={`${r.ruleCode}-${i}`}
                lineVariant="dashed"
                color={STATUS_COLOR[r.status]}
                title={`待办：${r.task}`}
                data-rule={r.ruleCode}
              >
                <Text size="sm" c={r.status === 'overdue' ? 'red' : undefined}>
                  {dueClause(r)}
                </Text>
                <Group gap="xs" mt={4}>
                  <WorkButton reminder={r} def={def} onEvent={openOn} onField={toWork} />
                  <BasisPopover reminder={r} />
                </Group>
              </Timeline.Item>
            ))}
          </Timeline>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="sm" aria-label="快速记录事件" ref={form}>
            <Title order={5}>记录事件</Title>
            {entryFields.map((f) => (
              <div key={f.key} data-path={f.key}>
                <FieldInput
                  field={f}
                  value={entry[f.key] ?? null}
                  lookups={lookups}
                  onChange={(v) => setEntry({ ...entry, [f.key]: v as FormEntry[string] })}
                />
              </div>
            ))}
            <Text size="xs" c="dimmed">
              登记表上有日期栏的事（{formEventNames(register)}等）请在登记表中填写，不必在这里再记一次。
            </Text>
            {error && <Alert color="red">{error}</Alert>}
            <Group>
              <Button onClick={() => void save()} loading={saving}>
                记录事件
              </Button>
            </Group>
          </Stack>
        </Grid.Col>
      </Grid>
    </Card>
  );
}

function showForm(box: HTMLElement | null): void {
  box?.scrollIntoView({ block: 'center' });
  box?.querySelector<HTMLElement>('[data-path="date"] input')?.focus({ preventScroll: true });
}

/** Where a reminder's work is done, one click away: 记录“…” here, or the field of the form below. */
function WorkButton({
  reminder,
  def,
  onEvent,
  onField,
}: {
  reminder: Reminder;
  def: RegisterDef;
  onEvent: (type: string) => void;
  onField: (field: FieldDef) => void;
}) {
  const place = workPlace(reminder);
  if (place?.kind === 'event')
    return (
      <Button size="compact-xs" variant="light" onClick={() => onEvent(place.event)}>
        记录“{place.event}”
      </Button>
    );
  if (place?.kind !== 'field') return null;
  const field = fieldDef(def, place.field) as FieldDef;
  return (
    <Button size="compact-xs" variant="light" onClick={() => onField(field)}>
      {fieldWorkLabel(field)}
    </Button>
  );
}
