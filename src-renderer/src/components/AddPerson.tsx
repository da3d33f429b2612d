import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent, type ReactNode } from 'react';
import { todayIso } from '../../../src-shared/dates';
import { describeIssues } from '../../../src-shared/errors';
import { inputFields, registerDef, type FieldDef } from '../../../src-shared/registers';
import { recordSchema } from '../../../src-shared/registers/schema';
import { ApiFailure, api, errorMessage } from '../lib/api';
import { useAuth } from '../lib/auth';
import { emptyValues, toApiData, type FormValue, type FormValues } from '../lib/formValues';
import { useLookups } from '../lib/lookups';

// “+ 新增” beside the 人民调解员 and 工作人员 pick lists: the person is added in a dialog over the form, which keeps
// everything typed in it, and comes back chosen. (A clerk sent to the 花名册 to register someone lost the form.)

/** Lays out one field of the dialog with the form's own input (FieldInput, which shows this button: handed in). */
export type RenderField = (
  field: FieldDef,
  value: FormValue,
  error: string | undefined,
  onChange: (value: FormValue) => void,
) => ReactNode;

const mediatorDef = registerDef('mediator');
/** What the 花名册 cannot do without; the rest (身份证号, 任期 …) is filled in the 花名册 later. */
const mediatorFields = inputFields(mediatorDef).filter((f) => f.required && f.initial === undefined);

function AddButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button
      variant="light"
      size="sm"
      px="xs"
      onClick={onClick}
      aria-label={label}
      title={label}
      style={{ flex: 'none' }}
    >
      + 新增
    </Button>
  );
}

/** An input with its “+ 新增” button on the same line (Mantine's inputContainer). */
export function withAddButton(button: ReactNode) {
  return function InputWithAdd(children: ReactNode) {
    return (
      <Group gap={6} wrap="nowrap" align="flex-start">
        <div style={{ flex: 1, minWidth: 0 }}>{children}</div>
        {button}
      </Group>
    );
  };
}

function DialogActions({ saving, onCancel }: { saving: boolean; onCancel: () => void }) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        取消
      </Button>
      <Button type="submit" loading={saving}>
        保存并选用
      </Button>
    </Group>
  );
}

/** Registers a 人民调解员 in the 花名册 (registers.create) from inside a form, and hands back the name. */
export function AddMediatorButton({
  onAdded,
  renderField,
}: {
  onAdded: (name: string) => void;
  renderField: RenderField;
}) {
  const { status } = useAuth();
  const { lookups, refresh } = useLookups();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<FormValues>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const start = () => {
    const blank = emptyValues(mediatorDef, todayIso(), status.user?.name ?? '');
    const committees = lookups.committees.filter((c) => c.active);
    // With one 调委会 there is nothing to choose.
    setValues(committees.length === 1 ? { ...blank, committee_id: committees[0]!.id } : blank);
    setErrors({});
    setOpen(true);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    const data = toApiData(mediatorDef, values);
    const parsed = recordSchema(mediatorDef).safeParse(data);
    if (!parsed.success) {
      setErrors(describeIssues(parsed.error, mediatorDef).fields ?? {});
      return;
    }
    setSaving(true);
    try {
      const saved = await api('registers.create', { register: 'mediator', data });
      await refresh();
      const name = String(saved.data['name'] ?? '');
      notifications.show({ color: 'green', title: '已登记', message: `人民调解员“${name}”已登记到花名册并选用` });
      setOpen(false);
      onAdded(name);
    } catch (error) {
      if (error instanceof ApiFailure) setErrors(error.error.fields ?? {});
      notifications.show({ color: 'red', title: '未登记', message: errorMessage(error) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <AddButton label="新增人民调解员" onClick={start} />
      <Modal opened={open} onClose={() => setOpen(false)} title="新增人民调解员" centered>
        <form onSubmit={(event) => void submit(event)}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              登记到人民调解员花名册，保存后即选用；其他情况可以以后在花名册中补充。
            </Text>
            {mediatorFields.map((field) => (
              <div key={field.key}>
                {renderField(field, values[field.key] ?? null, errors[field.key], (value) =>
                  setValues((current) => ({ ...current, [field.key]: value })),
                )}
              </div>
            ))}
            <DialogActions saving={saving} onCancel={() => setOpen(false)} />
          </Stack>
        </form>
      </Modal>
    </>
  );
}

/** Adds a 工作人员 to 设置's list (settings.addStaff) from inside a form, and hands back the name. */
export function AddStaffButton({ onAdded }: { onAdded: (name: string) => void }) {
  const { refresh } = useLookups();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [position, setPosition] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    if (!name.trim()) {
      setError('请填写姓名');
      return;
    }
    setSaving(true);
    try {
      const added = await api('settings.addStaff', { name: name.trim(), position: position.trim() || null });
      await refresh();
      notifications.show({ color: 'green', title: '已添加', message: `工作人员“${added.name}”已添加并选用` });
      setOpen(false);
      onAdded(added.name);
    } catch (failure) {
      setError(failure instanceof ApiFailure ? (failure.error.fields?.['name'] ?? undefined) : undefined);
      notifications.show({ color: 'red', title: '未添加', message: errorMessage(failure) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <AddButton
        label="新增工作人员"
        onClick={() => {
          setName('');
          setPosition('');
          setError(undefined);
          setOpen(true);
        }}
      />
      <Modal opened={open} onClose={() => setOpen(false)} title="新增工作人员" centered>
        <form onSubmit={(event) => void submit(event)}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              添加到“设置”的本所工作人员名单，保存后即选用。
            </Text>
            <TextInput
              label="姓名"
              withAsterisk
              data-autofocus
              value={name}
              error={error}
              onChange={(e) => setName(e.currentTarget.value)}
            />
            <TextInput label="职务" value={position} onChange={(e) => setPosition(e.currentTarget.value)} />
            <DialogActions saving={saving} onCancel={() => setOpen(false)} />
          </Stack>
        </form>
      </Modal>
    </>
  );
}
