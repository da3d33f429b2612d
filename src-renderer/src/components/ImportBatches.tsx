import { Button, Paper, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ImportBatchSummary } from '../../../src-shared/api/imports';
import type { RegisterKey } from '../../../src-shared/registers';
import { api, errorMessage } from '../lib/api';
import { useApi } from '../lib/useApi';

/** 导入记录 of a book: who brought which file in when, how many records, and 撤销 (the batch goes to 回收站). */
export function ImportBatches({ register }: { register: RegisterKey }) {
  const { data, reload } = useApi('imports.list', {});
  const [busy, setBusy] = useState<number | null>(null);
  const batches = (data?.batches ?? []).filter((b) => b.register === register);
  const undo = async (batch: ImportBatchSummary) => {
    setBusy(batch.id);
    try {
      await api('imports.undo', { batchId: batch.id });
      notifications.show({ color: 'green', title: '已撤销导入', message: `${batch.fileName}的记录已移到回收站` });
      await reload();
    } catch (e) {
      notifications.show({ color: 'red', title: '未能撤销', message: errorMessage(e) });
    } finally {
      setBusy(null);
    }
  };
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={4} mb="xs">
        导入记录
      </Title>
      {batches.length === 0 ? (
        <Text size="sm" c="dimmed">
          这本簿册还没有导入过。
        </Text>
      ) : (
        <Table aria-label="导入记录">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>时间</Table.Th>
              <Table.Th>文件</Table.Th>
              <Table.Th>导入人</Table.Th>
              <Table.Th>条数</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {batches.map((b) => (
              <Table.Tr key={b.id}>
                <Table.Td>{b.createdAt.slice(0, 16).replace('T', ' ')}</Table.Td>
                <Table.Td>{b.fileName}</Table.Td>
                <Table.Td>{b.createdBy}</Table.Td>
                <Table.Td>
                  {b.rowCount}
                  {b.liveCount !== b.rowCount && `（在册 ${b.liveCount}）`}
                </Table.Td>
                <Table.Td>
                  {b.undoneAt ? (
                    <Text size="sm" c="dimmed">
                      已撤销（{b.undoneBy}）
                    </Text>
                  ) : (
                    <Button
                      size="compact-xs"
                      variant="light"
                      color="red"
                      loading={busy === b.id}
                      onClick={() => void undo(b)}
                    >
                      撤销这次导入
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
