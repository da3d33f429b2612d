import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { reminderSentence } from '../../../src-shared/reminderText';
import type { Reminder, ReminderList } from '../../../src-shared/rules';
import { registerDef } from '../../../src-shared/registers';
import { routeHref } from '../lib/router';
import { workLabel, workRoute } from '../lib/work';
import { workPlace } from '../../../src-shared/reminderWork';
import { useApi } from '../lib/useApi';
import { BasisPopover } from './BasisPopover';
import { Loaded } from './LoadState';

const GROUPS: { status: Reminder['status']; title: string; color: string }[] = [
  { status: 'overdue', title: '已逾期', color: 'red' },
  { status: 'today', title: '今日到期', color: 'orange' },
  { status: 'week', title: '七日内到期', color: 'yellow' },
  { status: 'no-calendar', title: '无法计算（缺少节假日安排）', color: 'gray' },
];

function when(reminder: Reminder): string {
  if (reminder.daysLeft === null) return '';
  if (reminder.daysLeft < 0) return `已逾期${-reminder.daysLeft}天`;
  return reminder.daysLeft === 0 ? '今天到期' : `还剩${reminder.daysLeft}天`;
}

function ReminderItem({ reminder }: { reminder: Reminder }) {
  const subject = reminder.subject;
  const place = workPlace(reminder);
  return (
    <Card withBorder padding="sm" radius="sm" data-rule={reminder.ruleCode}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Text fw={600}>
            {subject ? (
              <Anchor href={routeHref({ page: 'record', register: subject.register, id: subject.id })}>
                {subject.name}
              </Anchor>
            ) : (
              '本所'
            )}
            ：{reminderSentence(reminder)}
          </Text>
          <Text size="xs" c="dimmed">
            {subject ? registerDef(subject.register).title : '本所工作'}
            {reminder.situation ? ` · ${reminder.situation}` : ''}
          </Text>
          {place && (
            <Anchor href={routeHref(workRoute(place))} size="sm" data-work={place.kind}>
              {workLabel(place)}
            </Anchor>
          )}
        </Stack>
        <Stack gap={2} align="flex-end" style={{ flexShrink: 0 }}>
          {reminder.due && <Text fw={700}>{reminder.due}</Text>}
          <Text size="sm">{when(reminder)}</Text>
          <BasisPopover reminder={reminder} />
        </Stack>
      </Group>
    </Card>
  );
}

/** How many of each group 首页 shows at first; “再显示” adds as many again. */
const PAGE = 20;

/**
 * 首页 to-do list: what is overdue, due today and due within seven days, each as one sentence (what to do, by when);
 * its rule and how its date was worked out sit behind 依据.
 */
export function RemindersPanel() {
  const [perStatus, setPerStatus] = useState(PAGE);
  // 再显示 keeps the items already shown while the longer list comes.
  const list = useApi('reminders.list', { perStatus }, { keepPrevious: true });
  return (
    <Stack gap="sm" aria-label="待办提醒">
      <Title order={4}>待办提醒</Title>
      <Loaded state={list}>
        {(l) => <ReminderGroups list={l} onMore={() => setPerStatus((n) => n + PAGE * 5)} />}
      </Loaded>
    </Stack>
  );
}

function ReminderGroups({ list, onMore }: { list: ReminderList; onMore: () => void }) {
  const shown = GROUPS.map((g) => ({
    ...g,
    items: list.reminders.filter((r) => r.status === g.status),
    total: list.totals[g.status],
  })).filter((g) => g.total > 0);
  return (
    <>
      {shown.length === 0 && (
        <Text c="dimmed">七日内没有到期的事项。登记社区矫正对象的报到、调解案件的受理后，到期事项会列在这里。</Text>
      )}
      {shown.map((group) => (
        <Stack key={group.status} gap={6} aria-label={group.title}>
          <Group gap="xs">
            <Badge color={group.color}>{group.title}</Badge>
            <Text size="sm" c="dimmed">
              {group.total} 项
            </Text>
          </Group>
          {group.items.map((r, i) => (
            <ReminderItem key={`${r.ruleCode}-${r.subject?.register ?? ''}-${r.subject?.id ?? ''}-${i}`} reminder={r} />
          ))}
          {group.total > group.items.length && (
            <Button variant="subtle" size="xs" style={{ alignSelf: 'flex-start' }} onClick={onMore}>
              还有 {group.total - group.items.length} 项，再显示{Math.min(PAGE * 5, group.total - group.items.length)}项
            </Button>
          )}
        </Stack>
      ))}
    </>
  );
}
