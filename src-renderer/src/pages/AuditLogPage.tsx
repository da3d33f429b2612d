import { Group, Pagination, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { auditActionLabels, auditActions, type AuditAction } from '../../../src-shared/accounts';
import { registers, type RegisterKey } from '../../../src-shared/registers';
import { AuditEntries } from '../components/AuditEntries';
import { ChoiceSelect } from '../components/ChoiceSelect';
import { DateField } from '../components/DateField';
import { LoadStatus } from '../components/LoadState';
import { useApi } from '../lib/useApi';

// 操作日志 (administrator): every change, export and document, searchable by person, date range, book and action.

const PAGE_SIZE = 50;

export function AuditLogPage() {
  const [filter, setFilter] = useState<{
    userId: string | null;
    register: string | null;
    action: string | null;
    from: string;
    to: string;
  }>({
    userId: null,
    register: null,
    action: null,
    from: '',
    to: '',
  });
  const [page, setPage] = useState(1);
  // Only the 操作人 pick list: without it the log still reads, unfiltered by person.
  const accounts = useApi('accounts.list', {}).data?.accounts ?? [];
  // Paging or filtering keeps the rows on screen until the next ones come.
  const search = useApi(
    'audit.search',
    {
      page,
      from: filter.from || null,
      to: filter.to || null,
      ...(filter.userId ? { userId: Number(filter.userId) } : {}),
      ...(filter.register ? { register: filter.register as RegisterKey } : {}),
      ...(filter.action ? { action: filter.action as AuditAction } : {}),
    },
    { keepPrevious: true },
  );
  const result = search.data ?? { entries: [], total: 0 };

  const update = (patch: Partial<typeof filter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setPage(1);
  };

  return (
    <Stack gap="md">
      <Title order={2}>操作日志</Title>
      <Paper withBorder p="sm" radius="md">
        <Group gap="sm" align="flex-end">
          <ChoiceSelect
            label="操作人"
            placeholder="全部"
            clearable
            w={140}
            value={filter.userId}
            data={accounts.map((a) => ({ value: String(a.id), label: a.name }))}
            onChange={(v) => update({ userId: v })}
          />
          <DateField label="起始日期" w={160} value={filter.from} onChange={(from) => update({ from })} />
          <DateField label="截止日期" w={160} value={filter.to} onChange={(to) => update({ to })} />
          <ChoiceSelect
            label="登记簿"
            placeholder="全部"
            clearable
            w={200}
            value={filter.register}
            data={registers.map((r) => ({ value: r.key, label: r.title }))}
            onChange={(v) => update({ register: v })}
          />
          <ChoiceSelect
            label="操作"
            placeholder="全部"
            clearable
            w={130}
            value={filter.action}
            data={auditActions.map((a) => ({ value: a, label: auditActionLabels[a] }))}
            onChange={(v) => update({ action: v })}
          />
        </Group>
      </Paper>
      <LoadStatus state={search} />
      <Paper withBorder radius="md">
        <AuditEntries
          entries={result.entries}
          showRecord
          emptyMessage="没有符合条件的操作。可以放宽起止日期，或清除操作人、登记簿、操作的筛选。"
        />
      </Paper>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          共 {result.total} 条
        </Text>
        <Pagination total={Math.max(1, Math.ceil(result.total / PAGE_SIZE))} value={page} onChange={setPage} />
      </Group>
    </Stack>
  );
}
