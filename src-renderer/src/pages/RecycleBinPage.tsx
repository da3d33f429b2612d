import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { RecycledRecord } from '../../../src-shared/handlers';
import { registerDef } from '../../../src-shared/registers';
import { books } from '../books';
import { EmptyRow } from '../components/EmptyRow';
import { LoadStatus } from '../components/LoadState';
import { moveBetweenRows, RowLink } from '../components/RowLinks';
import { api, errorMessage } from '../lib/api';
import { useIsAdmin } from '../lib/auth';
import { formatDateTime } from '../lib/format';
import { useLookups } from '../lib/lookups';
import { routeHref } from '../lib/router';
import { useApi } from '../lib/useApi';

/** 回收站: deleted records of every book, each restorable. */
export function RecycleBinPage() {
  const { refresh } = useLookups();
  const isAdmin = useIsAdmin();
  const recycled = useApi('recycle.list', {});
  const items = recycled.data?.items;
  const load = () => void recycled.reload();

  const restore = async (item: RecycledRecord) => {
    try {
      await api('recycle.restore', { register: item.register, id: item.id });
      notifications.show({ color: 'green', title: '已恢复', message: `已恢复到${registerDef(item.register).title}` });
      if (books[item.register].refreshesLookups) void refresh();
      load();
    } catch (error) {
      notifications.show({ color: 'red', title: '未恢复', message: errorMessage(error) });
    }
  };

  /** Administrator only; the record's content stays in 操作日志. */
  const purge = async (item: RecycledRecord) => {
    if (!window.confirm(`永久删除后无法恢复（内容仍留在操作日志中）。确定永久删除“${item.summary}”吗？`)) return;
    try {
      await api('recycle.purge', { register: item.register, id: item.id });
      notifications.show({ color: 'green', title: '已永久删除', message: item.summary });
      load();
    } catch (error) {
      notifications.show({ color: 'red', title: '未删除', message: errorMessage(error) });
    }
  };

  return (
    <Stack gap="md">
      <Title order={2}>回收站</Title>
      <Text c="dimmed" size="sm">
        删除的记录都在这里，点“恢复”即回到原登记簿。只有管理员可以永久删除，删除的内容仍留在操作日志中。
      </Text>
      <LoadStatus state={recycled} />
      <Paper withBorder radius="md">
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>登记簿</Table.Th>
              <Table.Th>摘要</Table.Th>
              <Table.Th>日期</Table.Th>
              <Table.Th>删除时间</Table.Th>
              <Table.Th w={isAdmin ? 200 : 100} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody onKeyDown={moveBetweenRows}>
            {items?.map((item) => (
              <Table.Tr key={`${item.register}-${item.id}`}>
                <Table.Td>{registerDef(item.register).title}</Table.Td>
                <Table.Td>
                  <RowLink href={routeHref({ page: 'record', register: item.register, id: item.id })}>
                    {item.summary || '（无摘要）'}
                  </RowLink>
                </Table.Td>
                <Table.Td>{item.date}</Table.Td>
                <Table.Td>{formatDateTime(item.deletedAt)}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button size="xs" variant="light" onClick={() => void restore(item)}>
                      恢复
                    </Button>
                    {isAdmin && (
                      <Button size="xs" variant="light" color="red" onClick={() => void purge(item)}>
                        永久删除
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
            {items?.length === 0 && (
              <EmptyRow columns={5} message="回收站是空的。在登记簿中删除的记录会放在这里，可以随时恢复。" />
            )}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
