import { Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useState } from 'react';
import type { RecycledRecord } from '../../../src-shared/handlers';
import { registerDef } from '../../../src-shared/registers';
import { EmptyRow } from '../components/EmptyRow';
import { api, errorMessage } from '../lib/api';
import { useLookups } from '../lib/lookups';

/** 回收站: deleted records of every book, each restorable. */
export function RecycleBinPage() {
  const { refresh } = useLookups();
  const [items, setItems] = useState<RecycledRecord[] | null>(null);
  const load = useCallback(() => {
    api('recycle.list', {})
      .then((r) => setItems(r.items))
      .catch((e: unknown) => notifications.show({ color: 'red', title: '读取失败', message: errorMessage(e) }));
  }, []);
  useEffect(load, [load]);

  const restore = async (item: RecycledRecord) => {
    try {
      await api('recycle.restore', { register: item.register, id: item.id });
      notifications.show({ color: 'green', title: '已恢复', message: `已恢复到${registerDef(item.register).title}` });
      if (item.register === 'mediator') void refresh();
      load();
    } catch (error) {
      notifications.show({ color: 'red', title: '未恢复', message: errorMessage(error) });
    }
  };

  return (
    <Stack gap="md">
      <Title order={2}>回收站</Title>
      <Text c="dimmed" size="sm">
        删除的记录都在这里，不会被真正删除；点“恢复”即回到原登记簿。
      </Text>
      <Paper withBorder radius="md">
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>登记簿</Table.Th>
              <Table.Th>摘要</Table.Th>
              <Table.Th>日期</Table.Th>
              <Table.Th>删除时间</Table.Th>
              <Table.Th w={100} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items?.map((item) => (
              <Table.Tr key={`${item.register}-${item.id}`}>
                <Table.Td>{registerDef(item.register).title}</Table.Td>
                <Table.Td>{item.summary}</Table.Td>
                <Table.Td>{item.date}</Table.Td>
                <Table.Td>{new Date(item.deletedAt).toLocaleString('zh-CN')}</Table.Td>
                <Table.Td>
                  <Button size="xs" variant="light" onClick={() => void restore(item)}>
                    恢复
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
            {items?.length === 0 && <EmptyRow columns={5} message="回收站是空的" />}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
