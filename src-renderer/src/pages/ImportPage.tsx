import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Checkbox,
  FileButton,
  Group,
  Modal,
  NumberInput,
  Pagination,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ImportReadingView, ImportRowView } from '../../../src-shared/api/importReading';
import type { ImportRowStatus } from '../../../src-shared/api/imports';
import type { UploadedFile } from '../../../src-shared/api/uploads';
import { registerDef, type RegisterKey } from '../../../src-shared/registers';
import { ChoiceSelect } from '../components/ChoiceSelect';
import { ImportBatches } from '../components/ImportBatches';
import { api, errorMessage, uploadFile } from '../lib/api';
import { navigate, routeHref } from '../lib/router';

// 导入 (issue 21): an old book in Excel or CSV brought into this one. The clerk chooses the file; the core finds the
// table and matches the columns; the clerk corrects the header rows, the columns, the year and wrong cells, skips
// rows, and confirms. Nothing is written before 确认导入, and a batch can be undone from 导入记录.

type Decisions = {
  header?: { first: number; last: number };
  mapping?: Record<string, string>;
  year?: number | null;
  remarkColumns?: number[];
  edits?: { row: number; column: number; text: string }[];
};

/** The mapping choice that sends a column's values to 备注 rather than to a field. */
const TO_REMARK = '@remark';
const PAGE_ROWS = 100;
const STATUS_COLOR: Record<ImportRowStatus, string> = { 可导入: 'green', 有错误: 'red', 疑似重复: 'orange' };
type Shown = '全部' | ImportRowStatus;

export function ImportPage({ register }: { register: RegisterKey }) {
  const def = registerDef(register);
  const [upload, setUpload] = useState<UploadedFile | null>(null);
  const [decisions, setDecisions] = useState<Decisions>({});
  const [view, setView] = useState<ImportReadingView | null>(null);
  const [skip, setSkip] = useState<ReadonlySet<number>>(new Set());
  const [shown, setShown] = useState<Shown>('全部');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<ImportRowView | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const read = async (file: UploadedFile, next: Decisions, first: boolean) => {
    setBusy(true);
    setError(null);
    try {
      const read = await api('imports.read', { upload: file.id, register, ...next });
      setView(read);
      setDecisions(next);
      // A row suspected to be in the ledger already starts skipped: the clerk imports it only on purpose.
      if (first) setSkip(new Set(read.rows.filter((r) => r.status === '疑似重复').map((r) => r.row)));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const choose = async (file: File | null) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setView(null);
    try {
      const sent = await uploadFile(file);
      setUpload(sent);
      await read(sent, {}, true);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  const confirm = async () => {
    if (!upload) return;
    setBusy(true);
    setError(null);
    try {
      const result = await api('imports.confirm', { upload: upload.id, register, ...decisions, skip: [...skip] });
      notifications.show({ color: 'green', title: '已导入', message: `${def.title}导入${result.ids.length}条记录` });
      navigate({ page: 'list', register });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const remap = (label: string, column: number, target: string | null) => {
    if (!upload || !view) return;
    const mapping = Object.fromEntries(view.columns.map((c) => [c.label, c.target ?? '']));
    const remark = new Set(decisions.remarkColumns ?? []);
    remark.delete(column);
    if (target === TO_REMARK) remark.add(column);
    mapping[label] = target === TO_REMARK || target === null ? '' : target;
    void read(upload, { ...decisions, mapping, remarkColumns: [...remark] }, false);
  };

  const rows = view ? view.rows.filter((r) => shown === '全部' || r.status === shown) : [];
  const importing = view ? view.rows.filter((r) => r.status !== '有错误' && !skip.has(r.row)).length : 0;

  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor href={routeHref({ page: 'list', register })}>{def.title}</Anchor>
        <span>导入</span>
      </Breadcrumbs>
      <Title order={2}>从 Excel 或 CSV 导入{def.title}</Title>
      <Paper withBorder p="md" radius="md">
        <Group>
          <FileButton onChange={(file) => void choose(file)} accept=".xlsx,.csv,.xls">
            {(props) => (
              <Button {...props} loading={busy && !view}>
                选择文件
              </Button>
            )}
          </FileButton>
          <Text size="sm" c="dimmed">
            {upload
              ? `${upload.name}（${(upload.size / 1024).toFixed(0)} KB）`
              : '支持 .xlsx 和 .csv（WPS、Excel 均可）；.xls 请先另存为 .xlsx'}
          </Text>
        </Group>
      </Paper>
      {error && (
        <Alert color="red" title="没有读入">
          {error}
        </Alert>
      )}
      {upload && view && (
        <>
          <Paper withBorder p="md" radius="md">
            <Title order={4} mb="xs">
              表头与年份
            </Title>
            <HeaderForm
              key={`${view.header.first}-${view.header.last}-${view.year ?? ''}`}
              view={view}
              year={decisions.year ?? null}
              onApply={(header, year) => void read(upload, { ...decisions, header, year }, false)}
            />
            {view.footerRows.length > 0 && (
              <Text size="sm" c="dimmed" mt="xs">
                不导入的行：{view.footerRows.map((f) => `第${f.row}行（${f.reason}）`).join('、')}
              </Text>
            )}
          </Paper>
          <Paper withBorder p="md" radius="md">
            <Title order={4} mb="xs">
              列对应
            </Title>
            <Table striped withTableBorder aria-label="列对应">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>原表的列</Table.Th>
                  <Table.Th>示例</Table.Th>
                  <Table.Th>导入到</Table.Th>
                  <Table.Th>说明</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {view.columns.map((c) => (
                  <Table.Tr key={c.column}>
                    <Table.Td>{c.label}</Table.Td>
                    <Table.Td>{c.samples.join('、')}</Table.Td>
                    <Table.Td>
                      <ChoiceSelect
                        aria-label={`“${c.label}”导入到`}
                        data={[
                          { value: '', label: '不导入' },
                          { value: TO_REMARK, label: '放入备注' },
                          ...view.targets.map((t) => ({ value: t.target, label: t.label })),
                        ]}
                        value={(decisions.remarkColumns ?? []).includes(c.column) ? TO_REMARK : (c.target ?? '')}
                        onChange={(value) => remap(c.label, c.column, value)}
                        searchable
                        allowDeselect={false}
                        w={220}
                      />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c="dimmed">
                        {c.reason}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
          <Paper withBorder p="md" radius="md">
            <Group justify="space-between" mb="xs">
              <Title order={4}>预览</Title>
              <SegmentedControl
                aria-label="只看"
                value={shown}
                onChange={(value) => {
                  setShown(value as Shown);
                  setPage(1);
                }}
                data={[
                  { value: '全部', label: `全部 ${view.rows.length}` },
                  { value: '可导入', label: `可导入 ${view.counts.ready}` },
                  { value: '有错误', label: `有错误 ${view.counts.errors}` },
                  { value: '疑似重复', label: `疑似重复 ${view.counts.duplicates}` },
                ]}
              />
            </Group>
            <Table withTableBorder aria-label="导入预览">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>行</Table.Th>
                  <Table.Th>状态</Table.Th>
                  <Table.Th>跳过</Table.Th>
                  {view.columns.map((c) => (
                    <Table.Th key={c.column}>{c.label}</Table.Th>
                  ))}
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.slice((page - 1) * PAGE_ROWS, page * PAGE_ROWS).map((r) => (
                  <PreviewRow
                    key={r.row}
                    row={r}
                    skipped={skip.has(r.row)}
                    onSkip={(skipped) => {
                      const next = new Set(skip);
                      if (skipped) next.add(r.row);
                      else next.delete(r.row);
                      setSkip(next);
                    }}
                    onEdit={() => setEditing(r)}
                  />
                ))}
              </Table.Tbody>
            </Table>
            {rows.length > PAGE_ROWS && (
              <Pagination mt="sm" total={Math.ceil(rows.length / PAGE_ROWS)} value={page} onChange={setPage} />
            )}
          </Paper>
          <Group>
            <Button onClick={() => void confirm()} loading={busy} disabled={importing === 0}>
              确认导入 {importing} 条
            </Button>
            <Text size="sm" c="dimmed">
              有错误的行不导入；整批一次写入，写入后可在下方“导入记录”中撤销。
            </Text>
          </Group>
          <RowEditor
            row={editing}
            view={view}
            onClose={() => setEditing(null)}
            onSave={(edits) => {
              setEditing(null);
              const kept = (decisions.edits ?? []).filter(
                (e) => !edits.some((n) => n.row === e.row && n.column === e.column),
              );
              void read(upload, { ...decisions, edits: [...kept, ...edits] }, false);
            }}
          />
        </>
      )}
      <ImportBatches register={register} />
    </Stack>
  );
}

function HeaderForm({
  view,
  year,
  onApply,
}: {
  view: ImportReadingView;
  year: number | null;
  onApply: (header: { first: number; last: number }, year: number | null) => void;
}) {
  const [first, setFirst] = useState<number>(view.header.first);
  const [last, setLast] = useState<number>(view.header.last);
  const [given, setGiven] = useState<number | null>(year ?? view.year);
  return (
    <Group align="flex-end">
      <NumberInput label="表头从第几行" min={1} value={first} onChange={(v) => setFirst(Number(v) || 1)} w={140} />
      <NumberInput label="到第几行" min={1} value={last} onChange={(v) => setLast(Number(v) || 1)} w={120} />
      <NumberInput
        label="没写年份的日期按哪一年"
        min={1980}
        max={2100}
        value={given ?? ''}
        onChange={(v) => setGiven(v === '' ? null : Number(v))}
        w={200}
      />
      <Button variant="light" onClick={() => onApply({ first, last }, given)}>
        按此重新读取
      </Button>
    </Group>
  );
}

function PreviewRow({
  row,
  skipped,
  onSkip,
  onEdit,
}: {
  row: ImportRowView;
  skipped: boolean;
  onSkip: (skipped: boolean) => void;
  onEdit: () => void;
}) {
  return (
    <>
      <Table.Tr data-row={row.row} opacity={skipped ? 0.5 : 1}>
        <Table.Td>{row.row}</Table.Td>
        <Table.Td style={{ whiteSpace: 'nowrap' }}>
          <Badge color={STATUS_COLOR[row.status]} variant="light" styles={{ label: { overflow: 'visible' } }}>
            {row.status}
          </Badge>
        </Table.Td>
        <Table.Td>
          <Checkbox
            aria-label={`跳过第${row.row}行`}
            checked={skipped}
            disabled={row.status === '有错误'}
            onChange={(e) => onSkip(e.currentTarget.checked)}
          />
        </Table.Td>
        {row.cells.map((cell, i) => (
          <Table.Td key={i}>
            {cell}
            {row.readAs[i] && (
              <Text size="xs" c="dimmed" title="导入后的日期">
                → {row.readAs[i]}
              </Text>
            )}
          </Table.Td>
        ))}
        <Table.Td>
          <Button size="compact-xs" variant="subtle" onClick={onEdit} aria-label={`修改第${row.row}行`}>
            修改
          </Button>
        </Table.Td>
      </Table.Tr>
      {(row.errors.length > 0 || row.duplicates.length > 0) && (
        <Table.Tr>
          <Table.Td />
          <Table.Td colSpan={row.cells.length + 3}>
            {row.errors.map((e) => (
              <Text key={e} size="sm" c="red">
                {e}
              </Text>
            ))}
            {row.duplicates.map((d) => (
              <Text key={d.kind === 'ledger' ? `l${d.id}` : `f${d.line}`} size="sm" c="orange">
                {d.kind === 'ledger' ? `与登记簿中已有的“${d.name}”相同` : `与文件第${d.line}行相同`}
              </Text>
            ))}
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

/** 修改: a row's cells in boxes, to correct what the file has wrong (a 身份证号, a date) before importing. */
function RowEditor({
  row,
  view,
  onClose,
  onSave,
}: {
  row: ImportRowView | null;
  view: ImportReadingView;
  onClose: () => void;
  onSave: (edits: { row: number; column: number; text: string }[]) => void;
}) {
  const [cells, setCells] = useState<string[]>([]);
  const [shownRow, setShownRow] = useState<number | null>(null);
  if (row && shownRow !== row.row) {
    setShownRow(row.row);
    setCells(row.cells);
  }
  return (
    <Modal opened={row !== null} onClose={onClose} title={row ? `修改第${row.row}行` : ''} size="lg">
      {row && (
        <Stack gap="xs">
          {view.columns.map((c, i) => (
            <TextInput
              key={c.column}
              label={c.label}
              value={cells[i] ?? ''}
              onChange={(e) => {
                const next = [...cells];
                next[i] = e.currentTarget.value;
                setCells(next);
              }}
            />
          ))}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              取消
            </Button>
            <Button
              onClick={() =>
                onSave(
                  view.columns.flatMap((c, i) =>
                    cells[i] !== row.cells[i] ? [{ row: row.row, column: c.column, text: cells[i] ?? '' }] : [],
                  ),
                )
              }
            >
              保存修改
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
