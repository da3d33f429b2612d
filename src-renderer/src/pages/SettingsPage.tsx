import {
  Button,
  Checkbox,
  CloseButton,
  Group,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { committeeKinds } from '../../../src-shared/codes';
import { describeIssues } from '../../../src-shared/errors';
import { settingsSchema, type Settings } from '../../../src-shared/settings';
import { CalendarEditor } from '../components/CalendarEditor';
import { BackupsPanel } from '../components/BackupsPanel';
import { LoadStatus } from '../components/LoadState';
import { RulesEditor } from '../components/RulesEditor';
import { ApiFailure, api, errorMessage } from '../lib/api';
import { useLookups } from '../lib/lookups';
import { useApi } from '../lib/useApi';
import { ChoiceSelect } from '../components/ChoiceSelect';

type Draft = Settings;

/** 设置: the office, its mediation committees (卷号 short names) and staff (登记人/接待人 pick lists). */
export function SettingsPage() {
  const { refresh } = useLookups();
  // The form edits the loaded settings in place until 保存设置 sends them.
  const settings = useApi('settings.get', {});
  const { data: draft, setData: setDraft } = settings;
  const [errors, setErrors] = useState<Record<string, string>>({});

  if (!draft)
    return (
      <Stack gap="md" maw={1000}>
        <Title order={2}>设置</Title>
        <LoadStatus state={settings} />
      </Stack>
    );
  const patch = (p: Partial<Draft>) => setDraft({ ...draft, ...p });
  const setCommittee = (i: number, p: Partial<Draft['committees'][number]>) =>
    patch({ committees: draft.committees.map((c, j) => (j === i ? { ...c, ...p } : c)) });
  const setStaff = (i: number, p: Partial<Draft['staff'][number]>) =>
    patch({ staff: draft.staff.map((s, j) => (j === i ? { ...s, ...p } : s)) });

  const save = async () => {
    const parsed = settingsSchema.safeParse(draft);
    if (!parsed.success) {
      const described = describeIssues(parsed.error);
      setErrors(described.fields ?? {});
      notifications.show({ color: 'red', title: '未保存', message: described.message });
      return;
    }
    try {
      const saved = await api('settings.save', draft);
      setDraft(saved);
      setErrors({});
      await refresh();
      notifications.show({ color: 'green', title: '已保存', message: '设置已保存' });
    } catch (error) {
      if (error instanceof ApiFailure) setErrors(error.error.fields ?? {});
      notifications.show({ color: 'red', title: '未保存', message: errorMessage(error) });
    }
  };

  return (
    <Stack gap="md" maw={1000}>
      <Title order={2}>设置</Title>
      <Paper withBorder p="md" radius="md">
        <Title order={4} mb="sm">
          本所信息
        </Title>
        <Group grow>
          <TextInput
            label="司法所名称"
            withAsterisk
            value={draft.officeName}
            error={errors['officeName']}
            onChange={(e) => patch({ officeName: e.currentTarget.value })}
          />
          <TextInput
            label="所属县（区）"
            value={draft.county ?? ''}
            error={errors['county']}
            onChange={(e) => patch({ county: e.currentTarget.value })}
          />
          <TextInput
            label="乡镇（街道）"
            value={draft.township ?? ''}
            error={errors['township']}
            onChange={(e) => patch({ township: e.currentTarget.value })}
          />
        </Group>
      </Paper>

      <Paper withBorder p="md" radius="md">
        <Title order={4} mb="sm">
          报表
        </Title>
        <Group grow align="flex-start">
          <ChoiceSelect
            label="纠纷类型口径"
            description="按县司法局月报模板选择"
            data={[
              { value: 'C', label: '版本C：18类（2019年后全国人民调解信息系统）' },
              { value: 'B', label: '版本B：19列（约2014–2018）' },
              { value: 'A', label: '版本A：15类（约2010–2016）' },
            ]}
            value={draft.disputeTypeVersion}
            onChange={(v) => patch({ disputeTypeVersion: (v ?? 'C') as Draft['disputeTypeVersion'] })}
          />
          <NumberInput
            label="月报截止日（每月几日前报上月）"
            min={1}
            max={28}
            allowDecimal={false}
            value={draft.reportDeadlineDay}
            error={errors['reportDeadlineDay']}
            onChange={(v) => patch({ reportDeadlineDay: Number(v) || 0 })}
          />
          <NumberInput
            label="每月应报典型案例（篇）"
            min={0}
            max={50}
            allowDecimal={false}
            value={draft.typicalCaseQuota}
            error={errors['typicalCaseQuota']}
            onChange={(v) => patch({ typicalCaseQuota: Number(v) || 0 })}
          />
          <NumberInput
            label="自动锁屏（无操作几分钟后）"
            min={1}
            max={240}
            allowDecimal={false}
            value={draft.idleLockMinutes}
            error={errors['idleLockMinutes']}
            onChange={(v) => patch({ idleLockMinutes: Number(v) || 0 })}
          />
        </Group>
      </Paper>

      <Paper withBorder p="md" radius="md">
        <Title order={4}>人民调解委员会</Title>
        <Text size="sm" c="dimmed" mb="sm">
          简称用于卷号，如简称“东”时卷号为“（2026）东人调字第1号”。已使用的调委会不能删除，可取消“启用”。
        </Text>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>名称</Table.Th>
              <Table.Th w={120}>简称</Table.Th>
              <Table.Th w={200}>类型</Table.Th>
              <Table.Th w={70}>启用</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {draft.committees.map((c, i) => (
              <Table.Tr key={c.id ?? `new-${i}`}>
                <Table.Td>
                  <TextInput
                    aria-label={`调委会名称${i + 1}`}
                    value={c.name}
                    error={errors[`committees.${i}.name`]}
                    onChange={(e) => setCommittee(i, { name: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`调委会简称${i + 1}`}
                    value={c.shortName}
                    error={errors[`committees.${i}.shortName`]}
                    onChange={(e) => setCommittee(i, { shortName: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td>
                  <ChoiceSelect
                    aria-label={`调委会类型${i + 1}`}
                    data={committeeKinds.map((k) => k.value)}
                    value={c.kind}
                    onChange={(v) => setCommittee(i, { kind: v ?? c.kind })}
                  />
                </Table.Td>
                <Table.Td>
                  <Checkbox
                    aria-label={`启用${i + 1}`}
                    checked={c.active}
                    onChange={(e) => setCommittee(i, { active: e.currentTarget.checked })}
                  />
                </Table.Td>
                <Table.Td>
                  {c.id === undefined && (
                    <CloseButton
                      aria-label={`移除新调委会${i + 1}`}
                      onClick={() => patch({ committees: draft.committees.filter((_, j) => j !== i) })}
                    />
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Button
          variant="light"
          mt="sm"
          onClick={() =>
            patch({ committees: [...draft.committees, { name: '', shortName: '', kind: '乡镇调委会', active: true }] })
          }
        >
          添加调委会
        </Button>
      </Paper>

      <Paper withBorder p="md" radius="md">
        <Title order={4} mb="sm">
          本所工作人员
        </Title>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>姓名</Table.Th>
              <Table.Th>职务</Table.Th>
              <Table.Th w={70}>在岗</Table.Th>
              <Table.Th w={40} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {draft.staff.map((s, i) => (
              <Table.Tr key={s.id ?? `new-${i}`}>
                <Table.Td>
                  <TextInput
                    aria-label={`工作人员姓名${i + 1}`}
                    value={s.name}
                    error={errors[`staff.${i}.name`]}
                    onChange={(e) => setStaff(i, { name: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={`工作人员职务${i + 1}`}
                    value={s.position ?? ''}
                    onChange={(e) => setStaff(i, { position: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td>
                  <Checkbox
                    aria-label={`在岗${i + 1}`}
                    checked={s.active}
                    onChange={(e) => setStaff(i, { active: e.currentTarget.checked })}
                  />
                </Table.Td>
                <Table.Td>
                  {s.id === undefined && (
                    <CloseButton
                      aria-label={`移除新工作人员${i + 1}`}
                      onClick={() => patch({ staff: draft.staff.filter((_, j) => j !== i) })}
                    />
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Button
          variant="light"
          mt="sm"
          onClick={() => patch({ staff: [...draft.staff, { name: '', position: null, active: true }] })}
        >
          添加工作人员
        </Button>
      </Paper>
      <Group>
        <Button onClick={() => void save()}>保存设置</Button>
      </Group>
      <CalendarEditor />
      <RulesEditor />
      <BackupsPanel />
    </Stack>
  );
}
