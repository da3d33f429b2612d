import { Alert, Badge, Button, Card, Grid, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { RecordRow } from '../../../src-shared/handlers';
import { todayIso } from '../../../src-shared/dates';
import { fieldDef, registerDef, type EntryData, type FieldDef } from '../../../src-shared/registers';
import { dueClause } from '../../../src-shared/reminderText';
import type { Reminder } from '../../../src-shared/rules';
import { api, errorMessage } from '../lib/api';
import { emptyEntry, fromRecord, toApiData, type FormEntry, type FormValues } from '../lib/formValues';
import { useLookups } from '../lib/lookups';
import { useApi } from '../lib/useApi';
import { BasisPopover } from './BasisPopover';
import { FieldInput } from './FieldInput';
import { LoadStatus } from './LoadState';

// A 社区矫正对象's 时间线: the record's 事件记录 and 实地查访 in date order, then what the reminder engine says is due
// next for this person. 记录事件 appends to the record's own 事件记录 through registers.update, so the event a
// reminder asks for closes it exactly as entering it in the form below would.

const def = registerDef('correctionSubject');
const eventsField = fieldDef(def, 'events') as FieldDef;
const visitsField = fieldDef(def, 'field_visits') as FieldDef;

interface Item {
  date: string;
  title: string;
  detail: string[];
  result: string | null;
}

function itemsOf(record: RecordRow): Item[] {
  const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : null);
  const events = ((record.data['events'] ?? []) as EntryData[]).map((e) => ({
    date: String(e['date']),
    title: String(e['type']),
    detail: [text(e['note'])].filter((x): x is string => x !== null),
    result: text(e['result']),
  }));
  const visits = ((record.data['field_visits'] ?? []) as EntryData[]).map((v) => ({
    date: String(v['date']),
    title: `${visitsField.label}（${String(v['place'] ?? '')}）`,
    detail: [text(v['situation'])].filter((x): x is string => x !== null),
    result: null,
  }));
  // Stable: entries of one day keep the order they were recorded in.
  return [...events, ...visits].sort((a, b) => a.date.localeCompare(b.date));
}

const STATUS_COLOR: Record<Reminder['status'], string> = {
  overdue: 'red',
  today: 'orange',
  week: 'yellow',
  later: 'gray',
  'no-calendar': 'gray',
};

export function CorrectionTimeline({ record, onSaved }: { record: RecordRow; onSaved: (saved: RecordRow) => void }) {
  const { lookups } = useLookups();
  // Asked again after every save of the record: a recorded event may close a reminder or open the next one.
  const due = useApi(
    'reminders.list',
    { subject: { register: record.register, id: record.id } },
    { version: record.updatedAt },
  );
  const reminders = due.data?.reminders ?? [];
  // Only to prefill 记录 with the event a rule waits for; without them the buttons are simply not offered.
  const rules = useApi('rules.list', {}).data?.rules ?? [];
  const [entry, setEntry] = useState<FormEntry>(() => emptyEntry(eventsField, todayIso()));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  // The event type that completes a reminder's rule, so 记录 can prefill the form with it.
  const closingEvent = (r: Reminder) => {
    const doneBy = rules.find((rule) => rule.code === r.ruleCode)?.doneBy;
    return doneBy?.kind === 'event' ? doneBy.event : null;
  };

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
      setEntry(emptyEntry(eventsField, todayIso()));
      onSaved(saved);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  const items = itemsOf(record);
  return (
    <Card withBorder radius="md" aria-label="时间线">
      <Title order={3} mb="md">
        时间线
      </Title>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <LoadStatus state={due} />
          {items.length === 0 && reminders.length === 0 && (
            <Text c="dimmed">还没有记录事件。在右侧“记录事件”中登记报到、通信联络等，时间线和到期提醒随之生成。</Text>
          )}
          <Timeline bulletSize={16} lineWidth={2} active={items.length - 1}>
            {items.map((item, i) => (
              <Timeline.Item key={`${item.date}-${i}`} title={item.title} data-event={item.title}>
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
                  {closingEvent(r) && (
                    <Button
                      size="compact-xs"
                      variant="light"
                      onClick={() => setEntry({ ...entry, type: closingEvent(r) })}
                    >
                      记录“{closingEvent(r)}”
                    </Button>
                  )}
                  <BasisPopover reminder={r} />
                </Group>
              </Timeline.Item>
            ))}
          </Timeline>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="sm" aria-label="快速记录事件">
            <Title order={5}>记录事件</Title>
            {(eventsField.entry?.fields ?? []).map((f) => (
              <FieldInput
                key={f.key}
                field={f}
                value={entry[f.key] ?? null}
                lookups={lookups}
                onChange={(v) => setEntry({ ...entry, [f.key]: v as FormEntry[string] })}
              />
            ))}
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
