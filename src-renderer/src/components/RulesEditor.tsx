import {
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Paper,
  Table,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { canLapse, ruleUnits, type RuleUnit, type StoredRule } from '../../../src-shared/rules';
import { api, errorMessage } from '../lib/api';
import { useApi } from '../lib/useApi';
import { LoadStatus } from './LoadState';
import { NewRuleForm } from './NewRuleForm';
import { ChoiceSelect } from './ChoiceSelect';
import { TabSaveButton, useTabSave } from './settings/TabSave';

const STOP_HINT = '超过期限多少天后不再提醒（留空则一直提醒到完成）';

/**
 * 过期后不再提醒: a number of days, or empty (reminded until done). A standing duty has none to set: missed, it is still
 * owed (src-shared/rules.ts canLapse).
 */
function StopAfterInput({
  rule,
  onChange,
}: {
  rule: StoredRule;
  onChange: (stopAfterDays: number | undefined) => void;
}) {
  const label = `${rule.code}过期后不再提醒`;
  if (!canLapse(rule))
    return (
      <Tooltip label="定期要做的事，漏了也要补做，一直提醒">
        <Text size="sm" c="dimmed" aria-label={label}>
          一直提醒
        </Text>
      </Tooltip>
    );
  return (
    <NumberInput
      aria-label={label}
      title={STOP_HINT}
      placeholder="一直提醒"
      value={rule.stopAfterDays ?? ''}
      min={0}
      max={366}
      allowDecimal={false}
      allowNegative={false}
      // The arrows would hide most of “一直提醒”: days are typed.
      hideControls
      onChange={(v) => onChange(v === '' ? undefined : Number(v))}
    />
  );
}

const SECTIONS: Record<StoredRule['section'], string> = {
  A: '社区矫正',
  B: '安置帮教',
  C: '人民调解',
  D: '报送与工作量',
};

/**
 * 期限规则 (docs/spec/deadlines.md): every rule is a row the office can change or switch off; 保存 saves the rows
 * changed. 新增规则 adds the office's own; only those can be deleted.
 */
export function RulesEditor({ active }: { active: boolean }) {
  // The rows are edited in place before 保存, so the loaded list doubles as the form's state.
  const list = useApi('rules.list', {});
  const rules = list.data?.rules ?? [];
  const setRules = (next: (all: StoredRule[]) => StoredRule[]) =>
    list.setData((r) => ({ rules: next(r?.rules ?? []) }));
  const [saving, setSaving] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<StoredRule | null>(null);
  /** The rows changed since they were loaded or saved, by code: 保存 sends these. */
  const [changed, setChanged] = useState<ReadonlySet<string>>(new Set());
  const markSaved = (code: string) => setChanged((all) => new Set([...all].filter((c) => c !== code)));

  const patch = (code: string, p: Partial<StoredRule>) =>
    setRules((all) => all.map((r) => (r.code === code ? { ...r, ...p } : r)));
  const edit = (code: string, p: Partial<StoredRule>) => {
    patch(code, p);
    setChanged((all) => new Set(all).add(code));
  };

  // One row after another: a rule that cannot be saved stops there, named, with the rows after it still marked.
  const save = async () => {
    if (saving) return;
    const pending = rules.filter((rule) => changed.has(rule.code));
    if (pending.length === 0) {
      notifications.show({ color: 'gray', title: '没有改动', message: '期限规则没有需要保存的修改' });
      return;
    }
    setSaving('all');
    try {
      for (const rule of pending) {
        try {
          const saved = await api('rules.save', {
            code: rule.code,
            offset: rule.offset,
            unit: rule.unit,
            enabled: rule.enabled,
            task: rule.task,
            stopAfterDays: rule.stopAfterDays ?? null,
          });
          patch(rule.code, saved);
          markSaved(rule.code);
        } catch (e) {
          notifications.show({ color: 'red', title: '未保存', message: `“${rule.task}”：${errorMessage(e)}` });
          return;
        }
      }
      notifications.show({
        color: 'green',
        title: '已保存',
        message: `${pending.length} 条期限规则已保存，提醒随之更新`,
      });
    } finally {
      setSaving(null);
    }
  };
  useTabSave(active, () => void save());

  const remove = async (rule: StoredRule) => {
    setDeleting(null);
    setSaving(rule.code);
    try {
      await api('rules.delete', { code: rule.code });
      setRules((all) => all.filter((r) => r.code !== rule.code));
      notifications.show({ color: 'green', title: '已删除', message: `规则 ${rule.code} 已删除` });
    } catch (e) {
      notifications.show({ color: 'red', title: '未删除', message: errorMessage(e) });
    } finally {
      setSaving(null);
    }
  };

  return (
    <Paper withBorder p="md" radius="md">
      <Title order={4}>期限规则</Title>
      <Text size="sm" c="dimmed" mb="sm">
        首页的待办提醒由这些规则算出。各地细则不同，可修改期限、停用或改写要做的事，也可新增本所的规则；工作日按“节假日”中的日历计算。
      </Text>
      <Text size="sm" c="dimmed" mb="sm">
        {STOP_HINT}
        。过了期限再做已没有意义的事（如告知当事人可申请司法确认）才填；定期要做的事（通信联络、考核、查访、走访）漏了也要补做，一直提醒。
      </Text>
      <LoadStatus state={list} />
      <TabSaveButton above busy={saving === 'all'} onSave={() => void save()}>
        {!adding && (
          <Button variant="light" onClick={() => setAdding(true)}>
            新增规则
          </Button>
        )}
      </TabSaveButton>
      {adding && (
        <NewRuleForm
          existing={rules}
          onCancel={() => setAdding(false)}
          onCreated={(rule) => {
            setRules((all) => [...all, rule].sort((a, b) => a.code.localeCompare(b.code)));
            setAdding(false);
          }}
        />
      )}
      <Table striped fz="sm" aria-label="期限规则">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>编号</Table.Th>
            <Table.Th w={90}>类别</Table.Th>
            <Table.Th>要做的事</Table.Th>
            <Table.Th w={90}>期限</Table.Th>
            <Table.Th w={110}>单位</Table.Th>
            <Table.Th w={104}>
              <Tooltip label={STOP_HINT} multiline w={260}>
                <span>过期后不再提醒（天）</span>
              </Tooltip>
            </Table.Th>
            <Table.Th w={60}>启用</Table.Th>
            <Table.Th w={120} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rules.map((rule) => (
            <Table.Tr key={rule.code} data-rule={rule.code}>
              <Table.Td>
                <Tooltip label={`依据：${rule.basis}`} multiline w={360}>
                  <Text size="sm">{rule.code}</Text>
                </Tooltip>
                {!rule.verified && (
                  <Badge size="xs" color="gray">
                    未核实
                  </Badge>
                )}
                {!rule.seeded && (
                  <Badge size="xs" color="blue">
                    本所
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{SECTIONS[rule.section]}</Table.Td>
              <Table.Td>
                <TextInput
                  aria-label={`${rule.code}要做的事`}
                  value={rule.task}
                  onChange={(e) => edit(rule.code, { task: e.currentTarget.value })}
                />
              </Table.Td>
              <Table.Td>
                <NumberInput
                  aria-label={`${rule.code}期限`}
                  value={rule.offset}
                  allowDecimal={false}
                  onChange={(v) => edit(rule.code, { offset: Number(v) || 0 })}
                />
              </Table.Td>
              <Table.Td>
                <ChoiceSelect
                  aria-label={`${rule.code}单位`}
                  data={[...ruleUnits]}
                  value={rule.unit}
                  onChange={(v) => edit(rule.code, { unit: (v ?? rule.unit) as RuleUnit })}
                />
              </Table.Td>
              <Table.Td>
                <StopAfterInput rule={rule} onChange={(stopAfterDays) => edit(rule.code, { stopAfterDays })} />
              </Table.Td>
              <Table.Td>
                <Checkbox
                  aria-label={`${rule.code}启用`}
                  checked={rule.enabled}
                  onChange={(e) => edit(rule.code, { enabled: e.currentTarget.checked })}
                />
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {changed.has(rule.code) && (
                    <Badge size="sm" color="orange" variant="light">
                      未保存
                    </Badge>
                  )}
                  {!rule.seeded && (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      disabled={saving !== null}
                      onClick={() => setDeleting(rule)}
                    >
                      删除
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title="删除规则" centered>
        <Text mb="md">
          确定删除规则 {deleting?.code}（{deleting?.task}）吗？由它产生的提醒随之消失。
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setDeleting(null)}>
            取消
          </Button>
          <Button color="red" onClick={() => deleting && void remove(deleting)}>
            确定删除
          </Button>
        </Group>
      </Modal>
    </Paper>
  );
}
