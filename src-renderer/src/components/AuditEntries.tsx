import { Badge, Table, Text } from '@mantine/core';
import { auditActionLabels, type AuditAction, type AuditEntry } from '../../../src-shared/accounts';
import { backupInWords, entryDetails, recordInWords } from '../lib/auditText';
import { formatDateTime } from '../lib/format';
import { useLookups } from '../lib/lookups';
import { EmptyRow } from './EmptyRow';

// One table for 修改记录 (one record) and 操作日志 (everything): when, who, what, and what changed, in words
// (lib/auditText.ts).

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

export function AuditEntries({
  entries,
  showRecord = false,
  emptyMessage,
}: {
  entries: AuditEntry[];
  showRecord?: boolean;
  emptyMessage: string;
}) {
  const { lookups } = useLookups();
  return (
    <Table striped verticalSpacing="xs" aria-label="修改记录">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={150}>时间</Table.Th>
          <Table.Th w={100}>操作人</Table.Th>
          <Table.Th w={100}>操作</Table.Th>
          {showRecord && <Table.Th w={300}>登记簿 / 记录</Table.Th>}
          <Table.Th>内容</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((e) => (
          <Table.Tr key={e.id}>
            <Table.Td>{formatDateTime(e.at)}</Table.Td>
            <Table.Td>{e.userName}</Table.Td>
            <Table.Td>
              <Badge variant="light" color={actionColors[e.action] ?? 'gray'}>
                {auditActionLabels[e.action]}
              </Badge>
            </Table.Td>
            {/* Broken at the space before the date, not inside “2026-12-04”. */}
            {showRecord && (
              <Table.Td style={{ wordBreak: 'keep-all', overflowWrap: 'anywhere' }}>{recordInWords(e)}</Table.Td>
            )}
            <Table.Td>
              {/* A record's line names it in the 登记簿 column; other lines (备份, 设置 …) say what was done here. */}
              {e.summary && !(showRecord && e.register) && <Text size="sm">{backupInWords(e.summary)}</Text>}
              <Text size="xs" component="div">
                {entryDetails(e, lookups).map((line, i) => (
                  <div key={i}>{line}</div>
                ))}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
        {entries.length === 0 && <EmptyRow columns={showRecord ? 5 : 4} message={emptyMessage} />}
      </Table.Tbody>
    </Table>
  );
}
