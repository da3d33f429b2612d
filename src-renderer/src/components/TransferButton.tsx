import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { RELEASED_STATE } from '../../../src-shared/codes';
import type { RecordRow } from '../../../src-shared/handlers';
import type { LinkedRecord } from '../../../src-shared/links';
import { api, errorMessage } from '../lib/api';
import { navigate } from '../lib/router';

// 转入安置帮教 (docs/spec/formats.md §12, “录一次”): offered on a 社区矫正对象 whose term ended (期满解矫) and who has not
// been transferred yet; one click creates the 安置帮教对象 with what is known and opens it.

export function TransferButton({ record, links }: { record: RecordRow; links: readonly LinkedRecord[] }) {
  const [busy, setBusy] = useState(false);
  if (record.register !== 'correctionSubject' || record.data['state'] !== RELEASED_STATE) return null;
  if (links.some((l) => l.register === 'resettlement')) return null;
  const transfer = async () => {
    setBusy(true);
    try {
      const created = await api('resettlement.transfer', { id: record.id });
      notifications.show({ color: 'green', title: '已转入安置帮教', message: String(created.data['name'] ?? '') });
      navigate({ page: 'record', register: 'resettlement', id: created.id });
    } catch (e) {
      notifications.show({ color: 'red', title: '未能转入安置帮教', message: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button size="xs" variant="light" loading={busy} onClick={() => void transfer()}>
      转入安置帮教
    </Button>
  );
}
