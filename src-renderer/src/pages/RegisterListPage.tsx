import {
  Button,
  Group,
  Pagination,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { RecordPage } from '../../../src-shared/handlers';
import { isSortable, registerDef, type FieldDef, type RegisterKey } from '../../../src-shared/registers';
import { EmptyRow } from '../components/EmptyRow';
import { ExportBookButton } from '../components/ExportBookButton';
import { PrintButton } from '../components/PrintButton';
import { LoadStatus } from '../components/LoadState';
import { displayValue } from '../lib/format';
import { useLookups } from '../lib/lookups';
import { navigate } from '../lib/router';
import { useApi } from '../lib/useApi';
import { ChoiceSelect } from '../components/ChoiceSelect';

const PAGE_SIZE = 20;

/** A search that stopped counting gets one page more, so the clerk can read on (the next page counts further). */
function pageCount(result: RecordPage | null): number {
  const pages = Math.ceil((result?.total ?? 0) / PAGE_SIZE) + (result?.totalCapped ? 1 : 0);
  return Math.max(1, pages);
}
const thisYear = new Date().getFullYear();
const yearOptions = Array.from({ length: 12 }, (_, i) => String(thisYear + 1 - i));
const monthOptions = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: `${i + 1}月` }));

/** The list of any register: key columns, search, year/month and category filters, paging and sorting. */
export function RegisterListPage({ register }: { register: RegisterKey }) {
  const def = registerDef(register);
  const { lookups } = useLookups();
  const [q, setQ] = useState('');
  const [debouncedQ] = useDebouncedValue(q, 250);
  const [year, setYear] = useState<string | null>(null);
  const [month, setMonth] = useState<string | null>(null);
  const [filters, setFilters] = useState<Record<string, string>>({});
  const [sort, setSort] = useState<{ key: string; order: 'asc' | 'desc' }>(def.defaultSort);
  const [page, setPage] = useState(1);
  /** 显示完整号码: lists mask 身份证号 and phones until the clerk asks (the record page always shows them). */
  const [reveal, setReveal] = useState(false);

  // The rows on screen stay while the next page or search is on its way, so the table does not flash empty.
  const list = useApi(
    'registers.list',
    {
      register,
      page,
      pageSize: PAGE_SIZE,
      sort: sort.key,
      order: sort.order,
      ...(year ? { year: Number(year) } : {}),
      ...(month ? { month: Number(month) } : {}),
      filters,
      ...(debouncedQ.trim() ? { q: debouncedQ.trim() } : {}),
    },
    { keepPrevious: true },
  );
  const result = list.data ?? null;

  const listFields = def.fields.filter((f) => f.list);
  const computed = (def.computed ?? []).filter((c) => c.list);
  const filterFields = def.fields.filter((f) => f.filter);

  const filterOptions = (field: FieldDef) =>
    field.type === 'committee'
      ? lookups.committees.map((c) => ({ value: String(c.id), label: c.name }))
      : (field.options ?? []).map((o) => ({ value: o.value, label: o.label }));

  const toggleSort = (key: string) => {
    setSort((s) => ({ key, order: s.key === key && s.order === 'asc' ? 'desc' : 'asc' }));
    setPage(1);
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{def.title}</Title>
        <Group>
          <ExportBookButton def={def} />
          <PrintButton />
          <Button onClick={() => navigate({ page: 'record', register, id: null })}>新增</Button>
        </Group>
      </Group>
      <Paper withBorder p="sm" radius="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label="搜索"
            placeholder="姓名、电话、身份证号、卷号或内容"
            value={q}
            onChange={(e) => {
              setQ(e.currentTarget.value);
              setPage(1);
            }}
            w={280}
            aria-label="搜索"
          />
          <ChoiceSelect
            label="年度"
            placeholder="全部"
            data={yearOptions}
            value={year}
            clearable
            w={110}
            onChange={(v) => {
              setYear(v);
              setPage(1);
            }}
          />
          <ChoiceSelect
            label="月份"
            placeholder="全部"
            data={monthOptions}
            value={month}
            clearable
            w={100}
            onChange={(v) => {
              setMonth(v);
              setPage(1);
            }}
          />
          {filterFields.map((field) => (
            <ChoiceSelect
              key={field.key}
              label={field.label}
              placeholder="全部"
              data={filterOptions(field)}
              value={filters[field.key] ?? null}
              clearable
              searchable
              w={170}
              onChange={(v) => {
                setFilters((f) => {
                  const next = { ...f };
                  if (v) next[field.key] = v;
                  else delete next[field.key];
                  return next;
                });
                setPage(1);
              }}
            />
          ))}
          {listFields.some((f) => f.type === 'idcard' || f.type === 'phone') && (
            <Switch label="显示完整号码" checked={reveal} onChange={(e) => setReveal(e.currentTarget.checked)} mb={6} />
          )}
        </Group>
      </Paper>
      <LoadStatus state={list} />
      <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
        <Table striped highlightOnHover verticalSpacing="xs" miw={800}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={60}>序号</Table.Th>
              {listFields.map((field) => (
                <Table.Th key={field.key}>
                  {isSortable(field) ? (
                    <UnstyledButton onClick={() => toggleSort(field.key)} fw={700} fz="sm">
                      {field.label}
                      {sort.key === field.key ? (sort.order === 'asc' ? ' ▲' : ' ▼') : ''}
                    </UnstyledButton>
                  ) : (
                    field.label
                  )}
                </Table.Th>
              ))}
              {computed.map((c) => (
                <Table.Th key={c.key}>{c.label}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result?.rows.map((row, index) => (
              <Table.Tr
                key={row.id}
                style={{ cursor: 'pointer' }}
                onClick={() => navigate({ page: 'record', register, id: row.id })}
              >
                <Table.Td>{(page - 1) * PAGE_SIZE + index + 1}</Table.Td>
                {listFields.map((field) => (
                  <Table.Td
                    key={field.key}
                    style={{ maxWidth: 320, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
                  >
                    {displayValue(field, row.data[field.key], lookups, reveal)}
                  </Table.Td>
                ))}
                {computed.map((c) => (
                  <Table.Td key={c.key}>{row.computed[c.key] ?? ''}</Table.Td>
                ))}
              </Table.Tr>
            ))}
            {result && result.rows.length === 0 && (
              <EmptyRow columns={listFields.length + computed.length + 1} message="没有符合条件的记录" />
            )}
          </Table.Tbody>
        </Table>
      </Paper>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {/* No count before the first page is in: 共 0 条 would be a claim about the book. */}
          {result && (result.totalCapped ? `超过 ${result.total} 条，可选年度或类别缩小范围` : `共 ${result.total} 条`)}
        </Text>
        <Pagination total={pageCount(result)} value={page} onChange={setPage} />
      </Group>
    </Stack>
  );
}
