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
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { RecordPage } from '../../../src-shared/handlers';
import {
  isSortable,
  registerDef,
  yearFilterLabel,
  type FieldDef,
  type FieldType,
  type RegisterKey,
} from '../../../src-shared/registers';
import { optionWarning } from '../../../src-shared/codes';
import { ChoiceSelect } from '../components/ChoiceSelect';
import { ExportBookButton } from '../components/ExportBookButton';
import { PrintButton } from '../components/PrintButton';
import { LoadStatus } from '../components/LoadState';
import { moveBetweenRows, RowLink } from '../components/RowLinks';
import { cellValue } from '../lib/format';
import { DEFAULT_PAGE_SIZE, narrows, PAGE_SIZES, type ListQuery, type PageSize } from '../lib/listQuery';
import { useLookups } from '../lib/lookups';
import { navigate, replaceRoute, routeHref } from '../lib/router';
import { useApi } from '../lib/useApi';
import { WarningBadge } from '../components/WarningBadge';

/** 新增's shortcut: Alt+N is free in Chromium, Edge and Electron (Alt+F / Alt+E open the browser's menu). */
const NEW_RECORD_KEYS = 'alt+N';

/** A search that stopped counting gets one page more, so the clerk can read on (the next page counts further). */
function pageCount(result: RecordPage | null, size: number): number {
  const pages = Math.ceil((result?.total ?? 0) / size) + (result?.totalCapped ? 1 : 0);
  return Math.max(1, pages);
}
const thisYear = new Date().getFullYear();

/** Kinds of value that read only whole: a date, an amount or a phone number is never broken over two lines. */
const WHOLE_VALUES: ReadonlySet<FieldType> = new Set(['date', 'time', 'int', 'money', 'bool', 'phone', 'idcard']);

/**
 * A cell: names, places and 调委会 wrap to at most two lines (so eleven columns fit a 1366-pixel screen), anything
 * longer ends in “…” (the record shows it in full); dates, amounts and numbers stay on one line.
 */
function Cell({ field, children }: { field: FieldDef; children: ReactNode }) {
  if (WHOLE_VALUES.has(field.type))
    return (
      <Table.Td className="print-whole" style={{ whiteSpace: 'nowrap' }}>
        {children}
      </Table.Td>
    );
  return (
    // At least four characters wide, so a three-character name is never broken (吴海燕, not 吴海 / 燕).
    <Table.Td maw={220} style={{ minWidth: '4.5em' }}>
      <Text inherit lineClamp={2}>
        {children}
      </Text>
    </Table.Td>
  );
}
const yearOptions = Array.from({ length: 12 }, (_, i) => String(thisYear + 1 - i));
/** A date filtered by its year looks ahead too (帮教期满年份: up to five years on). */
const dueYearOptions = Array.from({ length: 12 }, (_, i) => String(thisYear + 5 - i));
const monthOptions = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: `${i + 1}月` }));
const sizeOptions = PAGE_SIZES.map((size) => ({ value: String(size), label: `每页 ${size} 条` }));

/**
 * The list of any register: key columns, search, year/month and category filters, paging and sorting. What it shows
 * is the address's (lib/listQuery.ts): changes replace the address rather than add to the history, so Back leaves
 * the list, and coming back (Back, 返回列表) shows the same rows.
 */
export function RegisterListPage({ register, query }: { register: RegisterKey; query: ListQuery }) {
  const def = registerDef(register);
  const { lookups } = useLookups();
  const [debouncedQ] = useDebouncedValue(query.q ?? '', 250);
  const sort = query.sort ?? def.defaultSort;
  const page = query.page ?? 1;
  const size = query.size ?? DEFAULT_PAGE_SIZE;
  const filters = query.filters ?? {};
  /** 显示完整号码: lists mask 身份证号 and phones until the clerk asks (the record page always shows them). */
  const [reveal, setReveal] = useState(false);

  /** A new search, filter, order or page size starts again at page 1. */
  const change = (next: ListQuery) => replaceRoute({ page: 'list', register, query: { ...query, page: 1, ...next } });
  const openNew = () => navigate({ page: 'record', register, id: null, list: query });
  useHotkeys([[NEW_RECORD_KEYS, openNew, { usePhysicalKeys: true }]], []);
  // A book opens ready to search: what a clerk does first on a list is type a name (or Alt+N for 新增).
  const search = useRef<HTMLInputElement>(null);
  useEffect(() => search.current?.focus({ preventScroll: true }), []);

  // The rows on screen stay while the next page or search is on its way, so the table does not flash empty.
  const list = useApi(
    'registers.list',
    {
      register,
      page,
      pageSize: size,
      sort: sort.key,
      order: sort.order,
      ...(query.year ? { year: query.year } : {}),
      ...(query.month ? { month: query.month } : {}),
      filters,
      ...(debouncedQ.trim() ? { q: debouncedQ.trim() } : {}),
    },
    { keepPrevious: true },
  );
  const result = list.data ?? null;

  const listFields = def.fields.filter((f) => f.list);
  const computed = (def.computed ?? []).filter((c) => c.list);
  const filterFields = def.fields.filter((f) => f.filter);
  const columns = listFields.length + computed.length + 1;

  const filterOptions = (field: FieldDef) =>
    field.type === 'committee'
      ? lookups.committees.map((c) => ({ value: String(c.id), label: c.name }))
      : field.type === 'date'
        ? dueYearOptions
        : (field.options ?? []).map((o) => ({ value: o.value, label: o.label }));

  const toggleSort = (key: string) =>
    change({ sort: { key, order: sort.key === key && sort.order === 'asc' ? 'desc' : 'asc' } });
  const setFilter = (key: string, value: string | null) => {
    const next = { ...filters };
    if (value) next[key] = value;
    else delete next[key];
    change({ filters: next });
  };
  const recordHref = (id: number) => routeHref({ page: 'record', register, id, list: query });

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2}>{def.title}</Title>
        <Group>
          <Button variant="default" component="a" href={routeHref({ page: 'import', register })}>
            导入
          </Button>
          <ExportBookButton def={def} />
          <PrintButton />
          <Button onClick={openNew} aria-keyshortcuts="Alt+N">
            新增 (Alt+N)
          </Button>
        </Group>
      </Group>
      <Paper withBorder p="sm" radius="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            ref={search}
            label="搜索"
            placeholder={
              def.fields.some((f) => f.key === 'case_no')
                ? '姓名、电话、身份证号、卷号或内容'
                : '姓名、电话、身份证号或内容'
            }
            value={query.q ?? ''}
            onChange={(e) => change({ q: e.currentTarget.value })}
            w={280}
            aria-label="搜索"
          />
          <ChoiceSelect
            label="年度"
            placeholder="全部"
            data={yearOptions}
            value={query.year ? String(query.year) : null}
            clearable
            w={110}
            onChange={(v) => change({ year: v ? Number(v) : undefined })}
          />
          <ChoiceSelect
            label="月份"
            placeholder="全部"
            data={monthOptions}
            value={query.month ? String(query.month) : null}
            clearable
            w={100}
            onChange={(v) => change({ month: v ? Number(v) : undefined })}
          />
          {filterFields.map((field) => (
            <ChoiceSelect
              key={field.key}
              label={field.type === 'date' ? yearFilterLabel(field) : field.label}
              placeholder="全部"
              data={filterOptions(field)}
              value={filters[field.key] ?? null}
              clearable
              searchable
              w={170}
              onChange={(v) => setFilter(field.key, v)}
            />
          ))}
          {listFields.some((f) => f.type === 'idcard' || f.type === 'phone') && (
            <Switch label="显示完整号码" checked={reveal} onChange={(e) => setReveal(e.currentTarget.checked)} mb={6} />
          )}
        </Group>
      </Paper>
      <LoadStatus state={list} />
      <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
        <Table striped highlightOnHover verticalSpacing="xs" miw={800} aria-label={`${def.title}列表`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={60} style={{ whiteSpace: 'nowrap' }}>
                序号
              </Table.Th>
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
          <Table.Tbody onKeyDown={moveBetweenRows}>
            {result?.rows.map((row, index) => {
              const number = (page - 1) * size + index + 1;
              const first = listFields[0];
              return (
                <Table.Tr
                  key={row.id}
                  style={{ cursor: 'pointer' }}
                  // The row's link opens it itself; a click elsewhere on the row does the same.
                  onClick={(e) => {
                    if (!(e.target as HTMLElement).closest('a')) window.location.hash = recordHref(row.id);
                  }}
                >
                  <Table.Td>
                    <RowLink
                      href={recordHref(row.id)}
                      label={`打开第${number}条${first ? `：${cellValue(first, row.data, lookups, reveal)}` : ''}`}
                    >
                      {number}
                    </RowLink>
                  </Table.Td>
                  {listFields.map((field) => {
                    const text = cellValue(field, row.data, lookups, reveal);
                    const warning = optionWarning(field.options, row.data[field.key]);
                    return (
                      <Cell key={field.key} field={field}>
                        {warning ? <WarningBadge warning={warning} label={text} /> : text}
                      </Cell>
                    );
                  })}
                  {computed.map((c) => (
                    <Table.Td key={c.key}>{row.computed[c.key] ?? ''}</Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
            {result && result.rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={columns}>
                  <Stack align="center" gap="xs" py="lg">
                    {narrows(query) || page > 1 ? (
                      <>
                        <Text c="dimmed">没有符合条件的记录</Text>
                        <Button
                          variant="light"
                          size="xs"
                          onClick={() =>
                            replaceRoute({ page: 'list', register, query: { sort: query.sort, size: query.size } })
                          }
                        >
                          清除条件
                        </Button>
                      </>
                    ) : (
                      <Text c="dimmed">还没有登记{def.noun}，点“新增”登记第一条</Text>
                    )}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Paper>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {/* No count before the first page is in: 共 0 条 would be a claim about the book. */}
          {result && (result.totalCapped ? `超过 ${result.total} 条，可选年度或类别缩小范围` : `共 ${result.total} 条`)}
        </Text>
        <Group gap="sm">
          <ChoiceSelect
            aria-label="每页条数"
            data={sizeOptions}
            value={String(size)}
            allowDeselect={false}
            w={130}
            onChange={(v) => v && change({ size: Number(v) as PageSize })}
          />
          <Pagination
            total={pageCount(result, size)}
            value={page}
            onChange={(p) => replaceRoute({ page: 'list', register, query: { ...query, page: p } })}
          />
        </Group>
      </Group>
    </Stack>
  );
}
