import { Alert, Button, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { BackupEntry } from '../../../src-shared/backups';
import { BackupTable } from '../components/BackupTable';
import { formatDateTime } from '../lib/format';
import { Loaded } from '../components/LoadState';
import { api, errorMessage } from '../lib/api';
import { useApi } from '../lib/useApi';

/**
 * Shown instead of the app when the database file is damaged or cannot be opened: the newest good backup first,
 * then every backup. Nothing else works until one is restored.
 */
export function RecoveryPage({ problem, onRecovered }: { problem: string; onRecovered: () => void }) {
  const listing = useApi('backups.list', {});
  const backups = listing.data?.backups;
  // Named by backups.list, not by app.status: that one answers anybody, before any login.
  const dataDir = listing.data?.dataDir;

  const restore = async (entry: BackupEntry) => {
    try {
      await api('backups.restore', { file: entry.file });
      notifications.show({
        color: 'green',
        title: '已恢复',
        message: `已从 ${formatDateTime(entry.createdAt)} 的备份恢复台账`,
      });
      onRecovered();
    } catch (error) {
      notifications.show({ color: 'red', title: '未恢复', message: errorMessage(error) });
    }
  };

  return (
    <Container size="lg" py="xl">
      <Stack gap="md">
        <Title order={2}>司法所电子台账 · 数据恢复</Title>
        <Alert color="red" title={problem}>
          为避免进一步损坏，程序没有打开这个数据文件{dataDir ? `（在 ${dataDir} 中）` : ''}
          。请从下面的备份中恢复；原文件会改名保留在同一文件夹中，不会删除。
        </Alert>
        <Paper withBorder p="md" radius="md">
          <Title order={4} mb="xs">
            最新的完好备份
          </Title>
          <Loaded state={listing} label="正在读取备份…">
            {({ backups: all }) => {
              const newestGood = all.find((entry) => entry.verification.ok);
              return newestGood ? (
                <Stack gap="xs" align="flex-start">
                  <Text>
                    {formatDateTime(newestGood.createdAt)}（{newestGood.kind}），已通过完整性检查
                  </Text>
                  <Button color="orange" onClick={() => void restore(newestGood)}>
                    从这个备份恢复
                  </Button>
                </Stack>
              ) : (
                <Text c="dimmed">没有找到完好的备份。请联系技术支持，不要删除数据文件夹。</Text>
              );
            }}
          </Loaded>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Title order={4} mb="xs">
            全部备份
          </Title>
          <BackupTable backups={backups ?? []} onRestore={restore} />
        </Paper>
      </Stack>
    </Container>
  );
}
