import { Badge, Button, Group, Modal, Table, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { BACKUP_RETENTION, type BackupEntry } from '../../../src-shared/backups';
import { registerDef, type RegisterKey } from '../../../src-shared/registers';
import { formatSize } from '../../../src-shared/sizes';
import { formatDateTime } from '../lib/format';
import { EmptyRow } from './EmptyRow';

function totalRecords(counts: BackupEntry['counts']): number {
  return Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
}

function countsDetail(counts: BackupEntry['counts']): string {
  const parts = (Object.entries(counts) as [RegisterKey, number][])
    .filter(([, n]) => n > 0)
    .map(([key, n]) => `${registerDef(key).title} ${n} 条`);
  return parts.join('，') || '没有记录';
}

/** The copy's checksum, shortened: a restore compares the whole of it with the file first. */
function hashNote(entry: BackupEntry): string {
  return entry.sha256
    ? `校验值 SHA-256：${entry.sha256.slice(0, 16)}…（恢复前会核对，文件被改动过则不能恢复）`
    : '这份备份没有记下校验值（本版本之前的备份），恢复前只做完整性检查';
}

/** The rotation's rule in words, so that a copy leaving the table is no surprise. */
export function retentionRule(): string {
  const { days, months, newestOf } = BACKUP_RETENTION;
  return (
    `保留规则：最近 ${days} 天每天留当天最新的一份，最近 ${months} 个月每月留当月最新的一份；` +
    `另外留最新的 ${newestOf.手动} 份手动备份和各 ${newestOf.恢复前} 份恢复前、升级前的备份。` +
    '未通过完整性检查的备份不算在内（最新的一份除外），其余较早的备份自动删除。'
  );
}

/** The copies rotation let go, by time and kind: 2026-11-02 08:00（每日）. */
export function describeCopies(entries: readonly BackupEntry[]): string {
  return entries.map((entry) => `${formatDateTime(entry.createdAt)}（${entry.kind}）`).join('、');
}

/** The backups with their dates, kinds, sizes, record counts and check results; 恢复 asks before it acts. */
export function BackupTable({
  backups,
  onRestore,
}: {
  backups: BackupEntry[];
  onRestore: (entry: BackupEntry) => Promise<void>;
}) {
  const [confirming, setConfirming] = useState<BackupEntry | null>(null);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    if (!confirming) return;
    setBusy(true);
    try {
      await onRestore(confirming);
    } finally {
      setBusy(false);
      setConfirming(null);
    }
  };
  return (
    <>
      <Table striped verticalSpacing="xs" aria-label="备份列表">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>备份时间</Table.Th>
            <Table.Th>类型</Table.Th>
            <Table.Th>大小</Table.Th>
            <Table.Th>记录数</Table.Th>
            <Table.Th>完整性检查</Table.Th>
            <Table.Th w={90} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {backups.length === 0 && <EmptyRow columns={6} message="还没有备份" />}
          {backups.map((entry) => (
            <Table.Tr key={entry.file}>
              <Table.Td>{formatDateTime(entry.createdAt)}</Table.Td>
              <Table.Td>{entry.kind}</Table.Td>
              <Table.Td>{formatSize(entry.size)}</Table.Td>
              <Table.Td>
                <Tooltip label={countsDetail(entry.counts)} multiline w={320}>
                  <Text size="sm">共 {totalRecords(entry.counts)} 条</Text>
                </Tooltip>
              </Table.Td>
              <Table.Td>
                {entry.verification.ok ? (
                  <Tooltip label={hashNote(entry)} multiline w={320}>
                    <Badge color="green" variant="light">
                      通过
                    </Badge>
                  </Tooltip>
                ) : entry.verification.pending ? (
                  <Badge color="gray" variant="light">
                    校验中…
                  </Badge>
                ) : (
                  <Tooltip label={entry.verification.detail} multiline w={320}>
                    <Badge color="red" variant="light">
                      未通过
                    </Badge>
                  </Tooltip>
                )}
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="light"
                  disabled={!entry.verification.ok}
                  onClick={() => setConfirming(entry)}
                >
                  恢复
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Modal opened={confirming !== null} onClose={() => !busy && setConfirming(null)} title="恢复备份" centered>
        {confirming && (
          <Text size="sm">
            将用 {formatDateTime(confirming.createdAt)} 的备份（共 {totalRecords(confirming.counts)}{' '}
            条记录）替换现在的台账。 恢复前会先自动备份现在的数据，恢复后可以“撤销上次恢复”。操作日志保留不变；
            恢复后所有人都要重新登录。
          </Text>
        )}
        <Group justify="flex-end" mt="md">
          <Button variant="default" disabled={busy} onClick={() => setConfirming(null)}>
            取消
          </Button>
          <Button color="orange" loading={busy} onClick={() => void confirm()}>
            确认恢复
          </Button>
        </Group>
      </Modal>
    </>
  );
}
