import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { RELEASED_STATE } from '../../../src-shared/codes';
import type { RecordRow } from '../../../src-shared/handlers';
import type { LinkedRecord } from '../../../src-shared/links';
import type { RegisterKey } from '../../../src-shared/registers';
import { api, errorMessage } from '../lib/api';

// 转入安置帮教 (docs/spec/formats.md §12, “录一次”): the 社区矫正对象's action (books.tsx), offered once the term ended
// (期满解矫) and the person has not been transferred yet; one click creates the 安置帮教对象 with what is known and
// opens it.

/** The book a transferred person is in. */
const TRANSFERRED_TO: RegisterKey = 'resettlement';

export function TransferButton({
  record,
  links,
  onCreated,
}: {
  record: RecordRow;
  links: readonly LinkedRecord[];
  onCreated: (created: RecordRow) => void;
}) {
  const [busy, setBusy] = useState(false);
  if (record.data['state'] !== RELEASED_STATE) return null;
  if (links.some((l) => l.register === TRANSFERRED_TO)) return null;
  const transfer = async () => {
    setBusy(true);
    try {
      const created = await api('resettlement.transfer', { id: record.id });
      notifications.show({ color: 'green', title: '已转入安置帮教', message: String(created.data['name'] ?? '') });
      onCreated(created);
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
