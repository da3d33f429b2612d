import { Button, Modal } from '@mantine/core';
import { useState } from 'react';
import type { AuditEntry } from '../../../src-shared/accounts';
import type { RegisterKey } from '../../../src-shared/registers';
import { api, errorMessage } from '../lib/api';
import { AuditEntries } from './AuditEntries';

/** 修改记录: who entered, changed, deleted or restored this record, and what each edit changed. */
export function RecordHistory({ register, id }: { register: RegisterKey; id: number }) {
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const open = () => {
    setError(null);
    api('audit.record', { register, id }).then(
      (r) => setEntries(r.entries),
      (e: unknown) => setError(errorMessage(e)),
    );
  };
  return (
    <>
      <Button variant="default" onClick={open}>
        修改记录
      </Button>
      <Modal
        opened={entries !== null || error !== null}
        onClose={() => {
          setEntries(null);
          setError(null);
        }}
        title="修改记录"
        size="xl"
      >
        {error ?? <AuditEntries entries={entries ?? []} emptyMessage="没有修改记录" />}
      </Modal>
    </>
  );
}
