import { Anchor, Badge, Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { approvalStatus } from '../../../../src-shared/approvalStatus';
import { todayIso } from '../../../../src-shared/dates';
import type { DocumentOption } from '../../../../src-shared/documents';
import type { RecordRow } from '../../../../src-shared/handlers';
import { fieldDef, registerDef, type FieldDef } from '../../../../src-shared/registers';
import { ApiFailure, errorMessage } from '../../lib/api';
import { emptyEntry, type FormEntry } from '../../lib/formValues';
import { DocumentsMenu } from '../DocumentsMenu';
import { ApprovalEditor } from './ApprovalEditor';
import { formEntries, saveEntries } from './saveEntries';

// 审批事项 on the person's record (docs/spec/formats.md §13): each matter with where it stands, 新增事项 and 修改 in a
// dialog saved as the record's own save, and the Word forms of each matter (审批表, 告知书, 公示) beside it.

const APPROVALS = 'approvals';

export const STAGE_COLOR: Record<string, string> = {
  待报送: 'orange',
  待决定: 'yellow',
  公示中: 'blue',
  已办结: 'green',
  不批准: 'gray',
};

/** The documents a matter has: those made per entry of this list (their kinds are the 审批事项's: approval…). */
const ofEntry = (index: number) => (option: DocumentOption) =>
  option.index === index && option.kind.startsWith('approval');

type Editing = { index: number | null; entry: FormEntry };

export function ApprovalsSection({ record, onSaved }: { record: RecordRow; onSaved: (saved: RecordRow) => void }) {
  const field = fieldDef(registerDef(record.register), APPROVALS) as FieldDef;
  const fields = field.entry?.fields ?? [];
  const entries = formEntries(record, APPROVALS);
  const today = todayIso();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<{ message: string; fields: Record<string, string> } | null>(null);

  const open = (next: Editing) => {
    setErrors(null);
    setEditing(next);
  };
  const save = async (entry: FormEntry) => {
    if (!editing) return;
    const index = editing.index ?? entries.length;
    const list = editing.index === null ? [...entries, entry] : entries.map((e, i) => (i === index ? entry : e));
    setSaving(true);
    try {
      const saved = await saveEntries(record, APPROVALS, list);
      notifications.show({
        color: 'green',
        title: '已保存',
        message: `${String(entry['type'])}（${String(entry['date'])}）`,
      });
      setEditing(null);
      onSaved(saved);
    } catch (e) {
      // The record's errors are keyed by their place in it (approvals.2.date): the dialog shows its own entry's.
      const prefix = `${APPROVALS}.${index}.`;
      const all = e instanceof ApiFailure ? (e.error.fields ?? {}) : {};
      const mine = Object.fromEntries(
        Object.entries(all)
          .filter(([path]) => path.startsWith(prefix))
          .map(([path, message]) => [path.slice(prefix.length), message]),
      );
      setErrors({ message: errorMessage(e), fields: mine });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card withBorder radius="md" component="section" aria-label="本人审批事项">
      <Group justify="space-between" mb="sm">
        <Title order={3}>审批事项</Title>
        <Button size="xs" onClick={() => open({ index: null, entry: { ...emptyEntry(field, today), type: null } })}>
          新增事项
        </Button>
      </Group>
      {entries.length === 0 ? (
        <Text c="dimmed" size="sm">
          还没有审批事项。外出、会客、迁居等申请和表扬、训诫、警告等奖惩在这里登记，报送、决定、公示、告知的日期随办随填。
        </Text>
      ) : (
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>事项类型</Table.Th>
              <Table.Th>收到日期</Table.Th>
              <Table.Th>状态</Table.Th>
              <Table.Th>操作</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry, index) => {
              const status = approvalStatus(entry, today);
              return (
                <Table.Tr key={index} data-approval={index}>
                  <Table.Td>{String(entry['type'] ?? '')}</Table.Td>
                  <Table.Td>{String(entry['date'] ?? '')}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={STAGE_COLOR[status.stage]}>
                      {status.words}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      <Anchor component="button" type="button" size="sm" onClick={() => open({ index, entry })}>
                        修改
                      </Anchor>
                      <DocumentsMenu
                        register={record.register}
                        id={record.id}
                        version={record.updatedAt}
                        only={ofEntry(index)}
                        size="compact-xs"
                      />
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {editing && (
        <ApprovalEditor
          fields={fields}
          initial={editing.entry}
          title={editing.index === null ? '新增审批事项' : `修改审批事项（${String(editing.entry['type'] ?? '')}）`}
          errors={errors}
          saving={saving}
          onSave={(entry) => void save(entry)}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}
