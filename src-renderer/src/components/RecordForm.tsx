import { Alert, Button, Grid, Group, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useRef, useState } from 'react';
import { describeIssues } from '../../../src-shared/errors';
import type { RecordRow } from '../../../src-shared/handlers';
import { parseIdCard } from '../../../src-shared/idcard';
import type { FieldDef, PartyData, RegisterDef, RegisterKey } from '../../../src-shared/registers';
import { recordSchema } from '../../../src-shared/registers/schema';
import { ApiFailure, api, errorMessage } from '../lib/api';
import { useAuth } from '../lib/auth';
import { discardDraft, draftKey, readDraft, writeDraft } from '../lib/drafts';
import { errorList } from '../lib/errorList';
import { formatDateTime } from '../lib/format';
import { toApiData, type FormEntry, type FormValue, type FormValues } from '../lib/formValues';
import { useLeaveGuard } from '../lib/leaveGuard';
import { useLookups } from '../lib/lookups';
import { stableJson } from '../lib/stableJson';
import { changedPaths, isTouched } from '../lib/touchedPaths';
import { keepFocusThroughSave, useFirstFieldFocus } from '../lib/useFirstFieldFocus';
import { useJumpToFirstError } from '../lib/useJumpToFirstError';
import { formSections } from '../lib/formSections';
import { pendingText } from '../lib/format';
import { EntryListInput } from './EntryListInput';
import { ErrorSummary } from './ErrorSummary';
import { FieldInput } from './FieldInput';
import { fieldSpan } from './layout';
import { PartyListInput } from './PartyListInput';
import { SaveBar } from './SaveBar';
import { SectionIndex, sectionTarget } from './SectionIndex';

interface RecordFormProps {
  def: RegisterDef;
  initial: FormValues;
  record: RecordRow | null;
  /** A new record turned from another book's record: the core writes the back-link when it is saved. */
  derivedFrom?: { register: RegisterKey; id: number } | null;
  /** Which form this is, for its draft: the record's id, `new`, or the record a new one is turned from. */
  formKey: string;
  /** `andNew`: 保存并新增 — the page opens a fresh form of the same book next. */
  onSaved: (record: RecordRow, andNew: boolean) => void;
  onDeleted: () => void;
  onCancel: () => void;
}

/** The form of any register, laid out from its definition; validates with the same schema the core uses. */
export function RecordForm({
  def,
  initial,
  record,
  derivedFrom,
  formKey,
  onSaved,
  onDeleted,
  onCancel,
}: RecordFormProps) {
  const { lookups } = useLookups();
  const { status } = useAuth();
  const [values, setValues] = useState<FormValues>(initial);
  const draftName = draftKey(status.user?.id ?? 0, `${def.key}:${formKey}`);
  // A draft left last time, offered back unless it holds nothing the record does not.
  const [offeredDraft, setOfferedDraft] = useState(() => {
    const draft = readDraft(draftName);
    return draft && stableJson(draft.values) !== stableJson(initial) ? draft : null;
  });
  const changed = useMemo(() => stableJson(values) !== stableJson(initial), [values, initial]);
  useLeaveGuard(changed, `${def.title} · ${record ? '修改记录' : '新增记录'}`);
  useEffect(() => {
    if (changed)
      writeDraft(draftName, { values, savedAt: new Date().toISOString(), basedOn: record?.updatedAt ?? null });
    // Changed back to what is saved: nothing to keep (but a draft still on offer stays until it is answered).
    else if (!offeredDraft) discardDraft(draftName);
  }, [changed, values, draftName, record, offeredDraft]);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const formRef = useRef<HTMLDivElement>(null);
  useFirstFieldFocus(formRef, def.key, record?.id ?? null);
  const jumpToFirstError = useJumpToFirstError();

  const clientErrors = useMemo(() => {
    const parsed = recordSchema(def).safeParse(toApiData(def, values));
    return parsed.success ? {} : (describeIssues(parsed.error, def).fields ?? {});
  }, [def, values]);

  const errorFor = (path: string): string | undefined => {
    if (!submitted && !isTouched(touched, path)) return undefined;
    return serverErrors[path] ?? clientErrors[path];
  };

  const setField = (field: FieldDef, value: FormValue) => {
    const typedIn = Array.isArray(value) ? changedPaths(field.key, values[field.key], value) : [field.key];
    setTouched((t) => new Set([...t, ...typedIn]));
    setServerErrors({});
    setValues((current) => {
      const next = { ...current, [field.key]: value };
      if (field.type === 'idcard' && field.fills && typeof value === 'string' && value.length === 18) {
        const parsed = parseIdCard(value);
        if (parsed.ok) {
          next[field.fills.birthDate] = parsed.birthDate;
          next[field.fills.sex] = parsed.sex;
        }
      }
      return next;
    });
  };

  const save = async (andNew = false) => {
    setSubmitted(true);
    if (Object.keys(clientErrors).length > 0) {
      jumpToFirstError(clientErrors);
      return;
    }
    setSaving(true);
    try {
      const data = toApiData(def, values);
      const saved = record
        ? await api('registers.update', { register: def.key, id: record.id, data })
        : await api('registers.create', { register: def.key, data, ...(derivedFrom ? { derivedFrom } : {}) });
      discardDraft(draftName);
      notifications.show({ color: 'green', title: '已保存', message: `${def.title}：记录已保存`, autoClose: 3000 });
      if (!andNew) keepFocusThroughSave(def.key, saved.id);
      onSaved(saved, andNew);
    } catch (error) {
      const fields = error instanceof ApiFailure ? (error.error.fields ?? {}) : {};
      setServerErrors(fields);
      if (Object.keys(fields).length > 0) jumpToFirstError(fields);
      else notifications.show({ color: 'red', title: '未保存', message: errorMessage(error) });
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    if (!record) return;
    try {
      await api('registers.delete', { register: def.key, id: record.id });
      notifications.show({ title: '已移到回收站', message: '需要时可在“回收站”中恢复' });
      onDeleted();
    } catch (error) {
      notifications.show({ color: 'red', title: '未删除', message: errorMessage(error) });
    }
  };

  useHotkeys(
    [
      ['mod+S', () => void save()],
      ['mod+shift+S', () => void save(true)],
    ],
    [],
  );

  return (
    <Stack gap="md" ref={formRef}>
      {offeredDraft && (
        <Alert color="yellow" title="这张表有未保存的内容">
          <Text size="sm" mb="xs">
            {formatDateTime(offeredDraft.savedAt)} 填写但没有保存的内容保存在本机。
            {record &&
              offeredDraft.basedOn !== record.updatedAt &&
              '注意：那之后这条记录又被保存过，恢复将以草稿为准。'}
          </Text>
          <Group gap="sm">
            <Button
              size="xs"
              onClick={() => {
                setValues(offeredDraft.values);
                setTouched(new Set(Object.keys(offeredDraft.values)));
                setOfferedDraft(null);
              }}
            >
              恢复未保存的内容
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={() => {
                discardDraft(draftName);
                setOfferedDraft(null);
              }}
            >
              丢弃
            </Button>
          </Group>
        </Alert>
      )}
      {record && (def.computed ?? []).length > 0 && (
        <Group gap="xl">
          {(def.computed ?? []).map((c) => (
            <Text key={c.key} size="sm">
              {c.label}：<b>{record.computed[c.key] ?? '—'}</b>
            </Text>
          ))}
        </Group>
      )}
      {submitted && <ErrorSummary errors={errorList(def, { ...clientErrors, ...serverErrors })} />}
      <SectionIndex def={def} values={values} errors={{ ...clientErrors, ...serverErrors }} />
      {formSections(def).map(([name, fields]) => (
        <Paper key={name} {...sectionTarget(def, name)} withBorder p="md" radius="md">
          <Title order={4} mb="sm" c="blue.9">
            {name}
          </Title>
          <Grid gap="md">
            {fields.map((field) => (
              <Grid.Col
                key={field.key}
                span={{ base: 12, sm: fieldSpan(field) === 12 ? 12 : 6, md: fieldSpan(field) }}
                data-path={field.generated ? undefined : field.key}
              >
                {field.generated ? (
                  <TextInput
                    label={field.label}
                    value={String(values[field.key] ?? '')}
                    placeholder={field.hint}
                    readOnly
                    variant="filled"
                  />
                ) : field.type === 'entries' ? (
                  <EntryListInput
                    field={field}
                    entries={(values[field.key] ?? []) as FormEntry[]}
                    record={values}
                    lookups={lookups}
                    errorFor={errorFor}
                    onChange={(entries) => setField(field, entries)}
                  />
                ) : field.type === 'parties' ? (
                  <PartyListInput
                    field={field}
                    parties={(values[field.key] ?? []) as PartyData[]}
                    errorFor={errorFor}
                    onChange={(parties) => setField(field, parties)}
                  />
                ) : (
                  <FieldInput
                    field={field}
                    value={values[field.key] ?? null}
                    error={errorFor(field.key)}
                    lookups={lookups}
                    pending={pendingText(field, values)}
                    onChange={(v) => setField(field, v)}
                  />
                )}
              </Grid.Col>
            ))}
          </Grid>
        </Paper>
      ))}
      <SaveBar
        saving={saving}
        onSave={() => void save()}
        onSaveAndNew={() => void save(true)}
        onCancel={onCancel}
        onDelete={record ? () => setConfirmDelete(true) : undefined}
      />
      <Modal opened={confirmDelete} onClose={() => setConfirmDelete(false)} title="删除记录" centered>
        <Text mb="md">确定删除这条记录吗？删除后可在“回收站”中恢复。</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirmDelete(false)}>
            取消
          </Button>
          <Button color="red" onClick={() => void remove()}>
            确定删除
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
