import { Alert, Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useLedgerHealth } from '../lib/appStatus';
import { api, errorMessage } from '../lib/api';
import { useMayCall } from '../lib/auth';
import { formatDateTime } from '../lib/format';

const FOUND =
  '对数据文件的完整性检查未通过。为免新录入的内容随损坏的文件一起丢失，程序已停止保存；已有的记录仍可查看和导出。';
const FOR_ADMINISTRATOR = '请进入恢复页面，从最新的完好备份恢复（损坏的文件会改名保留，不会删除）。';
const FOR_STAFF = '请立即停止录入，并联系管理员（所长）从备份恢复。';

/**
 * Over every page of the shell once the ledger is found damaged (the core has stopped saving): it cannot be closed.
 * The administrator is offered the recovery screen; everyone else is told to stop and call them.
 */
export function DamageBanner() {
  const { damage, refresh } = useLedgerHealth();
  const mayRecover = useMayCall('app.enterRecovery');
  const [busy, setBusy] = useState(false);
  if (!damage) return null;

  const enterRecovery = async () => {
    setBusy(true);
    try {
      await api('app.enterRecovery', {});
      // The recovery screen follows from the status.
      await refresh();
    } catch (error) {
      notifications.show({ color: 'red', title: '未能进入恢复页面', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Alert
      color="red"
      variant="filled"
      title="数据文件已损坏，已停止保存"
      mb="md"
      style={{ position: 'sticky', top: 'calc(var(--app-shell-header-height, 0px) + 8px)', zIndex: 150 }}
    >
      <Group justify="space-between" align="flex-end" wrap="nowrap" gap="lg">
        <Text size="sm">
          {`${formatDateTime(damage.foundAt)} ${FOUND}`}
          {mayRecover ? FOR_ADMINISTRATOR : FOR_STAFF}
        </Text>
        {mayRecover && (
          <Button
            color="red"
            variant="white"
            loading={busy}
            onClick={() => void enterRecovery()}
            style={{ flexShrink: 0 }}
          >
            进入恢复页面
          </Button>
        )}
      </Group>
    </Alert>
  );
}
