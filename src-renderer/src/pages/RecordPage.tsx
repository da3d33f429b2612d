import { Alert, Anchor, Breadcrumbs, Group, Loader, Stack, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { RecordRow } from '../../../src-shared/handlers';
import { todayIso } from '../../../src-shared/idcard';
import { registerDef, type RegisterKey } from '../../../src-shared/registers';
import { DocumentsMenu } from '../components/DocumentsMenu';
import { RecordForm } from '../components/RecordForm';
import { api, errorMessage } from '../lib/api';
import { emptyValues, fromRecord } from '../lib/formValues';
import { useLookups } from '../lib/lookups';
import { navigate, routeHref } from '../lib/router';

export function RecordPage({ register, id }: { register: RegisterKey; id: number | null }) {
  const def = registerDef(register);
  const { refresh } = useLookups();
  const [record, setRecord] = useState<RecordRow | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(id !== null);

  useEffect(() => {
    setRecord(null);
    setError(null);
    if (id === null) return;
    setLoading(true);
    api('registers.get', { register, id })
      .then(setRecord)
      .catch((e: unknown) => setError(errorMessage(e)))
      .finally(() => setLoading(false));
  }, [register, id]);

  // A new record, once saved, is an existing one (the address is replaced without a route change).
  const title = id === null && !record ? `新增记录` : record?.deletedAt ? '记录（已在回收站）' : '查看 / 修改记录';
  return (
    <Stack gap="md" maw={1200}>
      <Breadcrumbs>
        <Anchor href={routeHref({ page: 'list', register })}>{def.title}</Anchor>
        <span>{title}</span>
      </Breadcrumbs>
      <Group justify="space-between">
        <Title order={2}>
          {def.title} · {title}
        </Title>
        {record && !record.deletedAt && <DocumentsMenu register={register} id={record.id} version={record.updatedAt} />}
      </Group>
      {loading && <Loader />}
      {error && <Alert color="red">{error}</Alert>}
      {!loading && !error && (id === null || record) && (
        <RecordForm
          key={`${register}-${record?.id ?? 'new'}-${record?.updatedAt ?? ''}`}
          def={def}
          record={record}
          initial={record ? fromRecord(def, record.data) : emptyValues(def, todayIso())}
          onSaved={(saved) => {
            setRecord(saved);
            if (register === 'mediator') void refresh();
            if (id === null) window.history.replaceState(null, '', routeHref({ page: 'record', register, id: saved.id }));
          }}
          onDeleted={() => navigate({ page: 'list', register })}
          onCancel={() => navigate({ page: 'list', register })}
        />
      )}
    </Stack>
  );
}
