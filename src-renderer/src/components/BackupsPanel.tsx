import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { formatSize } from '../../../src-shared/sizes';
import { api, errorMessage } from '../lib/api';
import { useAuth } from '../lib/auth';
import { downloadFrom } from '../lib/download';
import { useLookups } from '../lib/lookups';
import { useApi } from '../lib/useApi';
import { formatDateTime } from '../lib/format';
import { BackupTable, describeCopies, retentionRule } from './BackupTable';
import { LoadStatus } from './LoadState';

type Action = 'backUp' | 'saveAs' | 'undo';

const WRITING = '正在写出备份，数据多时需要几秒钟，请稍候…';
const WORKING_TEXT: Record<Action, string> = { backUp: WRITING, saveAs: WRITING, undo: '正在撤销恢复，请稍候…' };

/** 设置 › 备份与恢复: back up now, save a copy elsewhere, restore one, and undo the last restore. */
export function BackupsPanel() {
  const { refresh } = useLookups();
  const { sessionEnded } = useAuth();
  const backups = useApi('backups.list', {});
  const listing = backups.data;
  const { reload } = backups;
  // A new copy is checked in the background (a few seconds on a large ledger): look again until it is done.
  const checking = listing?.backups.some((entry) => entry.verification.pending) ?? false;
  useEffect(() => {
    if (!checking) return;
    const timer = window.setTimeout(() => void reload(), 1500);
    return () => window.clearTimeout(timer);
  }, [checking, listing, reload]);

  // Writing a copy of ten years of records takes seconds (npm run bench): the button says so meanwhile, and the other
  // buttons wait, so a second click cannot start another copy.
  const [working, setWorking] = useState<Action | null>(null);
  const whileWorking = async (which: Action, work: () => Promise<void>) => {
    setWorking(which);
    try {
      await work();
    } finally {
      setWorking(null);
    }
  };

  /** `done` and `failed` title the notification: 已备份 / 未备份 (not "已备份失败"). */
  const act = async ([done, failed]: [string, string], work: () => Promise<string>) => {
    try {
      notifications.show({ color: 'green', title: done, message: await work() });
      await refresh();
    } catch (error) {
      notifications.show({ color: 'red', title: failed, message: errorMessage(error) });
    } finally {
      void reload();
    }
  };

  // A restore ends every session, this one too: the login page says what was restored, instead of the next call
  // here failing with 请先登录.
  const restoring = async (title: string, work: () => Promise<string>) => {
    try {
      sessionEnded(`${await work()}。恢复后所有人都要重新登录。`);
    } catch (error) {
      notifications.show({ color: 'red', title: `未${title}`, message: errorMessage(error) });
      void reload();
    }
  };

  const backUp = () =>
    whileWorking('backUp', () =>
      act(['已备份', '未备份'], async () => {
        const made = await api('backups.create', {});
        const written = `备份已写入（${formatDateTime(made.createdAt)}），正在进行完整性检查，结果见下表`;
        return made.rotatedOut.length === 0
          ? written
          : `${written}。检查通过后，按保留规则删除较早的 ${describeCopies(made.rotatedOut)}的备份`;
      }),
    );
  const saveAs = () =>
    whileWorking('saveAs', async () => {
      try {
        const saved = await api('backups.saveAs', {});
        // The desktop app has written it where the clerk chose. The browser fetches the checked copy from the server
        // by a one-time link, as a file: its download bar shows the progress, and no byte passes through this page.
        if (saved.downloadUrl) {
          downloadFrom(saved.downloadUrl, saved.fileName);
          notifications.show({
            color: 'green',
            title: '已备份',
            message: `正在下载：${saved.fileName}（${formatSize(saved.size)}），进度见浏览器的下载栏`,
          });
        } else notifications.show({ color: 'green', title: '已备份', message: `备份已保存到：${saved.savedPath}` });
      } catch (error) {
        notifications.show({ color: 'red', title: '未备份', message: errorMessage(error) });
      }
      void reload();
    });
  const undo = () =>
    whileWorking('undo', () =>
      restoring(
        '撤销恢复',
        async () =>
          `已撤销恢复：台账已回到 ${formatDateTime((await api('backups.undoRestore', {})).restored.createdAt)} 恢复之前的状态`,
      ),
    );
  const buttonState = (which: Action, available = true) => ({
    loading: working === which,
    disabled: !available || (working !== null && working !== which),
  });

  return (
    <Paper withBorder p="md" radius="md">
      <Title order={4}>备份与恢复</Title>
      <Text size="sm" c="dimmed">
        程序每次启动和每天都会自动备份，每份备份都经过完整性检查并记下校验值，恢复前先核对。备份保存在：
        {listing?.folder ?? '…'}
      </Text>
      <Text size="sm" mb="sm">
        {retentionRule()}
      </Text>
      <Group mb="sm">
        <Button {...buttonState('backUp')} onClick={() => void backUp()}>
          立即备份
        </Button>
        <Button variant="light" {...buttonState('saveAs')} onClick={() => void saveAs()}>
          备份到…
        </Button>
        <Button
          variant="light"
          color="orange"
          {...buttonState('undo', Boolean(listing?.undoable))}
          onClick={() => void undo()}
        >
          撤销上次恢复
        </Button>
        {working && (
          <Text size="sm" c="dimmed" role="status">
            {WORKING_TEXT[working]}
          </Text>
        )}
      </Group>
      <LoadStatus state={backups} label="正在读取备份…" />
      <BackupTable
        backups={listing?.backups ?? []}
        onRestore={(entry) =>
          restoring('恢复', async () => {
            await api('backups.restore', { file: entry.file });
            return `已恢复到 ${formatDateTime(entry.createdAt)} 的备份；恢复前的数据已另存，可撤销`;
          })
        }
      />
    </Paper>
  );
}
