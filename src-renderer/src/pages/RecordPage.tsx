import { Alert, Anchor, Breadcrumbs, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ApiOutput, RecordRow } from '../../../src-shared/handlers';
import { todayIso } from '../../../src-shared/idcard';
import { conversionsFrom, type LinkedRecord } from '../../../src-shared/links';
import { registerDef, type RegisterKey } from '../../../src-shared/registers';
import { books } from '../books';
import { DocumentsMenu } from '../components/DocumentsMenu';
import { RecordForm } from '../components/RecordForm';
import { RecordHistory } from '../components/RecordHistory';
import { api, errorMessage } from '../lib/api';
import { emptyValues, fromRecord, withDerived } from '../lib/formValues';
import { useLookups } from '../lib/lookups';
import { navigate, routeHref } from '../lib/router';

type RecordRef = { register: RegisterKey; id: number };

export function RecordPage({
  register,
  id,
  from = null,
}: {
  register: RegisterKey;
  id: number | null;
  from?: RecordRef | null;
}) {
  const def = registerDef(register);
  const { panel: Panel, refreshesLookups } = books[register];
  const { refresh } = useLookups();
  const [record, setRecord] = useState<RecordRow | null>(null);
  const [derived, setDerived] = useState<ApiOutput<'registers.derive'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(id !== null || from !== null);
  const fromKey = from ? `${from.register}/${from.id}` : '';

  useEffect(() => {
    setRecord(null);
    setDerived(null);
    setError(null);
    if (id === null && !from) return;
    setLoading(true);
    const load =
      id !== null
        ? api('registers.get', { register, id }).then(setRecord)
        : api('registers.derive', { from: from!, to: register }).then(setDerived);
    load.catch((e: unknown) => setError(errorMessage(e))).finally(() => setLoading(false));
    // `from` is a fresh object on every render; fromKey stands for it.
  }, [register, id, fromKey]);

  // A new record, once saved, is an existing one (the address is replaced without a route change).
  const title = id === null && !record ? `新增记录` : record?.deletedAt ? '记录（已在回收站）' : '查看 / 修改记录';
  const empty = emptyValues(def, todayIso());
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
        <Group gap="xs">
          {record && <RecordHistory register={register} id={record.id} />}
          {record && !record.deletedAt && (
            <DocumentsMenu register={register} id={record.id} version={record.updatedAt} />
          )}
        </Group>
      </Group>
      {record && !record.deletedAt && <LinksBar record={record} />}
      {record && !record.deletedAt && Panel && <Panel record={record} onSaved={setRecord} />}
      {loading && <Loader />}
      {error && <Alert color="red">{error}</Alert>}
      {!loading && !error && (id === null || record) && (
        <RecordForm
          key={`${register}-${record?.id ?? 'new'}-${record?.updatedAt ?? ''}-${fromKey}`}
          def={def}
          record={record}
          derivedFrom={record ? null : (derived?.from ?? null)}
          initial={record ? fromRecord(def, record.data) : derived ? withDerived(def, empty, derived.data) : empty}
          onSaved={(saved) => {
            setRecord(saved);
            if (refreshesLookups) void refresh();
            if (id === null)
              window.history.replaceState(null, '', routeHref({ page: 'record', register, id: saved.id }));
          }}
          onDeleted={() => navigate({ page: 'list', register })}
          onCancel={() => navigate({ page: 'list', register })}
        />
      )}
    </Stack>
  );
}

/** 转为… buttons (src-shared/links.ts) and 关联记录 of a saved record. */
function LinksBar({ record }: { record: RecordRow }) {
  const [links, setLinks] = useState<LinkedRecord[]>([]);
  useEffect(() => {
    let live = true;
    api('registers.links', { register: record.register, id: record.id })
      .then((r) => live && setLinks(r.links))
      .catch(() => live && setLinks([]));
    return () => {
      live = false;
    };
  }, [record.register, record.id, record.updatedAt]);
  const conversions = conversionsFrom(record.register);
  if (conversions.length === 0 && links.length === 0) return null;
  return (
    <Stack gap={4}>
      {conversions.length > 0 && (
        <Group gap="xs">
          {conversions.map((c) => (
            <Button
              key={c.to}
              size="xs"
              variant="light"
              onClick={() =>
                navigate({
                  page: 'record',
                  register: c.to,
                  id: null,
                  from: { register: record.register, id: record.id },
                })
              }
            >
              {c.label}
            </Button>
          ))}
        </Group>
      )}
      {links.length > 0 && (
        <Text size="sm" aria-label="关联记录">
          关联记录：
          {links.map((link, i) => (
            <span key={`${link.register}-${link.id}`}>
              {i > 0 && '；'}
              <Anchor href={routeHref({ page: 'record', register: link.register, id: link.id })}>{link.label}</Anchor>
            </span>
          ))}
        </Text>
      )}
    </Stack>
  );
}
