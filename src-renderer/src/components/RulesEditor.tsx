import { Badge, Button, Checkbox, Group, NumberInput, Paper, Select, Table, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { ruleUnits, type RuleUnit, type StoredRule } from '../../../src-shared/rules';
import { api, errorMessage } from '../lib/api';

const SECTIONS: Record<StoredRule['section'], string> = { A: '社区矫正', B: '安置帮教', C: '人民调解', D: '报送与工作量' };

/** 期限规则 (deadlines.md): every rule is a row the office can change or switch off; 保存 saves one row. */
export function RulesEditor() {
  const [rules, setRules] = useState<StoredRule[]>([]);
  const [saving, setSaving] = useState<string | null>(null);

  useEffect(() => {
    api('rules.list', {})
      .then((r) => setRules(r.rules))
      .catch((e: unknown) => notifications.show({ color: 'red', title: '读取规则失败', message: errorMessage(e) }));
  }, []);

  const patch = (code: string, p: Partial<StoredRule>) => setRules((all) => all.map((r) => (r.code === code ? { ...r, ...p } : r)));

  const save = async (rule: StoredRule) => {
    setSaving(rule.code);
    try {
      const saved = await api('rules.save', { code: rule.code, offset: rule.offset, unit: rule.unit, enabled: rule.enabled, task: rule.task });
      patch(rule.code, saved);
      notifications.show({ color: 'green', title: '已保存', message: `规则 ${rule.code} 已保存，提醒随之更新` });
    } catch (e) {
      notifications.show({ color: 'red', title: '未保存', message: errorMessage(e) });
    } finally {
      setSaving(null);
    }
  };

  return (
    <Paper withBorder p="md" radius="md">
      <Title order={4}>期限规则</Title>
      <Text size="sm" c="dimmed" mb="sm">
        首页的待办提醒由这些规则算出。各地细则不同，可修改期限、停用或改写要做的事；工作日按法定节假日和调休计算。
      </Text>
      <Table striped fz="sm" aria-label="期限规则">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>编号</Table.Th>
            <Table.Th w={90}>类别</Table.Th>
            <Table.Th>要做的事</Table.Th>
            <Table.Th w={90}>期限</Table.Th>
            <Table.Th w={110}>单位</Table.Th>
            <Table.Th w={60}>启用</Table.Th>
            <Table.Th w={80} />
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
              </Table.Td>
              <Table.Td>{SECTIONS[rule.section]}</Table.Td>
              <Table.Td>
                <TextInput aria-label={`${rule.code}要做的事`} value={rule.task} onChange={(e) => patch(rule.code, { task: e.currentTarget.value })} />
              </Table.Td>
              <Table.Td>
                <NumberInput aria-label={`${rule.code}期限`} value={rule.offset} allowDecimal={false} onChange={(v) => patch(rule.code, { offset: Number(v) || 0 })} />
              </Table.Td>
              <Table.Td>
                <Select aria-label={`${rule.code}单位`} data={[...ruleUnits]} value={rule.unit} onChange={(v) => patch(rule.code, { unit: (v ?? rule.unit) as RuleUnit })} />
              </Table.Td>
              <Table.Td>
                <Checkbox aria-label={`${rule.code}启用`} checked={rule.enabled} onChange={(e) => patch(rule.code, { enabled: e.currentTarget.checked })} />
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  <Button size="xs" variant="light" loading={saving === rule.code} onClick={() => void save(rule)}>
                    保存
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
