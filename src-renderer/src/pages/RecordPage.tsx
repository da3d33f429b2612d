import { Anchor, Breadcrumbs, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { RecordRow } from '../../../src-shared/handlers';
import { todayIso } from '../../../src-shared/dates';
import { conversionsFrom } from '../../../src-shared/links';
import { registerDef, type RegisterKey } from '../../../src-shared/registers';
import { books } from '../books';
import { DocumentsMenu } from '../components/DocumentsMenu';
import { LoadStatus } from '../components/LoadState';
import { RecordForm } from '../components/RecordForm';
import { PrintButton } from '../components/PrintButton';
import { RecordHistory } from '../components/RecordHistory';
import { useAuth } from '../lib/auth';
import { RecordPrintSheet } from '../components/RecordPrintSheet';
import { emptyValues, fromRecord, withDerived } from '../lib/formValues';
import type { ListQuery } from '../lib/listQuery';
import { useLookups } from '../lib/lookups';
import { goToField } from '../lib/focusField';
import { navigate, replaceRoute, routeHref, type RecordWork } from '../lib/router';
import { useApi } from '../lib/useApi';

type RecordRef = { register: RegisterKey; id: number };

export function RecordPage({
  register,
  id,
  from = null,
  list = {},
  work,
}: {
  register: RegisterKey;
  id: number | null;
  from?: RecordRef | null;
  /** The list this record was opened from: 返回列表 goes back to the same search, filters and page. */
  list?: ListQuery;
  /** Where a reminder sent the clerk: a field of the form, or 记录事件 set to an event (the panel's). */
  work?: RecordWork;
}) {
  const def = registerDef(register);
  const { panel: Panel, refreshesLookups } = books[register];
  const { refresh } = useLookups();
  // An existing record is read; a new one converted from another (转为…) starts from what that one derives; a
  // blank new one reads nothing. A new record, once saved, is put in place of the (empty) read.
  const stored = useApi('registers.get', id !== null ? { register, id } : null);
  const derivation = useApi('registers.derive', id === null && from ? { from, to: register } : null);
  const record = stored.data ?? null;
  const setRecord = stored.setData;
  const derived = derivation.data ?? null;
  const loading = stored.loading || derivation.loading;
  const error = stored.error ?? derivation.error;
  const fromKey = from ? `${from.register}/${from.id}` : '';
  // 保存并新增 on a blank new form: the address stays …/new, so the next form is told apart by this count.
  const [blankForms, setBlankForms] = useState(0);

  // A new record, once saved, is an existing one (the address is replaced without a route change).
  const title = id === null && !record ? `新增记录` : record?.deletedAt ? '记录（已在回收站）' : '查看 / 修改记录';
  const { status } = useAuth();
  const empty = emptyValues(def, todayIso(), status.user?.name ?? '');
  const backToList = { page: 'list', register, query: list } as const;
  // Sent from 首页 to the field where a reminder's work is done: in view, the cursor in it, once the form is there.
  const formShown = !loading && !error && record !== null;
  const workField = work && 'field' in work ? def.fields.find((f) => f.key === work.field) : undefined;
  useEffect(() => {
    if (formShown && workField) goToField(workField.key, workField.type === 'entries');
  }, [formShown, workField]);
  return (
    <Stack gap="md" maw={1200} className="record-page">
      <Breadcrumbs>
        <Anchor href={routeHref(backToList)}>{def.title}</Anchor>
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
          <PrintButton />
        </Group>
      </Group>
      {record && !record.deletedAt && <LinksBar record={record} />}
      {record && !record.deletedAt && Panel && (
        <Panel record={record} onSaved={setRecord} {...(work ? { work } : {})} />
      )}
      <LoadStatus state={stored} />
      <LoadStatus state={derivation} />
      {!loading && !error && (id === null || record) && (
        <RecordPrintSheet def={def} record={record} formKey={record ? String(record.id) : 'new'} />
      )}
      {!loading && !error && (id === null || record) && (
        <RecordForm
          key={`${register}-${record?.id ?? 'new'}-${record?.updatedAt ?? ''}-${fromKey}-${blankForms}`}
          def={def}
          record={record}
          derivedFrom={record ? null : (derived?.from ?? null)}
          formKey={record ? String(record.id) : fromKey ? `new-from-${fromKey}` : 'new'}
          initial={record ? fromRecord(def, record.data) : derived ? withDerived(def, empty, derived.data) : empty}
          onSaved={(saved, andNew) => {
            if (refreshesLookups) void refresh();
            if (andNew) {
              // In place of this page, not after it: Back from the next form goes to the list, as from any new one.
              if (id === null && !from) setBlankForms((n) => n + 1);
              else replaceRoute({ page: 'record', register, id: null, list });
              return;
            }
            setRecord(saved);
            if (id === null) replaceRoute({ page: 'record', register, id: saved.id, list });
          }}
          onDeleted={() => navigate(backToList)}
          onCancel={() => navigate(backToList)}
        />
      )}
    </Stack>
  );
}

/** 转为… buttons (src-shared/links.ts) and 关联记录 of a saved record. */
function LinksBar({ record }: { record: RecordRow }) {
  // A bar of shortcuts, not content: it shows what it has and stays away if the links cannot be read.
  const links =
    useApi('registers.links', { register: record.register, id: record.id }, { version: record.updatedAt }).data
      ?.links ?? [];
  const conversions = conversionsFrom(record.register);
  const Action = books[record.register].action;
  if (conversions.length === 0 && links.length === 0 && !Action) return null;
  return (
    <Stack gap={4}>
      {Action && (
        <Group gap="xs">
          <Action
            record={record}
            links={links}
            onCreated={(created) => navigate({ page: 'record', register: created.register, id: created.id })}
          />
        </Group>
      )}
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
