import { Badge, Table, Text } from '@mantine/core';
import { auditActionLabels, type AuditAction, type AuditEntry, type FieldChange } from '../../../src-shared/accounts';
import { registerDef, type RegisterKey } from '../../../src-shared/registers';
import { EmptyRow } from './EmptyRow';

// One table for 修改记录 (one record) and 操作日志 (everything): when, who, what, and each changed field before → after.

const actionColors: Partial<Record<AuditAction, string>> = {
  create: 'green',
  update: 'blue',
  delete: 'orange',
  purge: 'red',
  restore: 'teal',
  // A refused password: what someone trying other people's accounts leaves.
  loginFailed: 'red',
  unlockFailed: 'red',
};

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '（空）';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) {
    return (
      value
        .map((v) =>
          v && typeof v === 'object' && 'name' in v
            ? String((v as { name: unknown }).name)
            : typeof v === 'object'
              ? '…'
              : String(v),
        )
        .join('、') || '（空）'
    );
  }
  return String(value);
}

function Changes({ changes }: { changes: FieldChange[] }) {
  if (changes.length === 0) return null;
  return (
    <Text size="xs" component="div">
      {changes.map((c) => (
        <div key={c.field}>
          <b>{c.label}</b>：{shown(c.before)} → {shown(c.after)}
        </div>
      ))}
    </Text>
  );
}

export function AuditEntries({
  entries,
  showRecord = false,
  emptyMessage,
}: {
  entries: AuditEntry[];
  showRecord?: boolean;
  emptyMessage: string;
}) {
  return (
    <Table striped verticalSpacing="xs" aria-label="修改记录">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={170}>时间</Table.Th>
          <Table.Th w={100}>操作人</Table.Th>
          <Table.Th w={100}>操作</Table.Th>
          {showRecord && <Table.Th w={220}>登记簿 / 记录</Table.Th>}
          <Table.Th>内容</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((e) => (
          <Table.Tr key={e.id}>
            <Table.Td>{new Date(e.at).toLocaleString('zh-CN')}</Table.Td>
            <Table.Td>{e.userName}</Table.Td>
            <Table.Td>
              <Badge variant="light" color={actionColors[e.action] ?? 'gray'}>
                {auditActionLabels[e.action]}
              </Badge>
            </Table.Td>
            {showRecord && (
              <Table.Td>
                {e.register
                  ? `${registerDef(e.register as RegisterKey).title}${e.recordId ? ` #${e.recordId}` : ''}`
                  : ''}
              </Table.Td>
            )}
            <Table.Td>
              {e.summary && <Text size="sm">{e.summary}</Text>}
              {e.action === 'update' || e.action === 'purge' ? <Changes changes={e.changes} /> : null}
            </Table.Td>
          </Table.Tr>
        ))}
        {entries.length === 0 && <EmptyRow columns={showRecord ? 5 : 4} message={emptyMessage} />}
      </Table.Tbody>
    </Table>
  );
}
