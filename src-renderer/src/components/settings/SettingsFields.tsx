import { Button, Checkbox, CloseButton, Group, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { committeeKinds } from '../../../../src-shared/codes';
import type { Settings } from '../../../../src-shared/settings';
import { ChoiceSelect } from '../ChoiceSelect';

// The fields of 设置's first three tabs. They edit one Settings value, saved whole by the page (SettingsPage.tsx).

export interface SettingsFieldsProps {
  draft: Settings;
  errors: Record<string, string>;
  patch: (p: Partial<Settings>) => void;
}

/** 本所: the office's names (the header, the documents' 落款) and the screen lock. */
export function OfficeFields({ draft, errors, patch }: SettingsFieldsProps) {
  return (
    <Stack gap="sm">
      <Group grow align="flex-start">
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
      <NumberInput
        label="自动锁屏（无操作几分钟后）"
        min={1}
        max={240}
        allowDecimal={false}
        w={260}
        value={draft.idleLockMinutes}
        error={errors['idleLockMinutes']}
        onChange={(v) => patch({ idleLockMinutes: Number(v) || 0 })}
      />
    </Stack>
  );
}

/** 报表: how the 月报 is counted and when it is due. */
export function ReportFields({ draft, errors, patch }: SettingsFieldsProps) {
  // The 口径 on its own line: its options are long (版本C：18类（2019年后全国人民调解信息系统）).
  return (
    <Stack gap="sm">
      <ChoiceSelect
        w={520}
        label="纠纷类型口径"
        description="按县司法局月报模板选择"
        data={[
          { value: 'C', label: '版本C：18类（2019年后全国人民调解信息系统）' },
          { value: 'B', label: '版本B：19列（约2014–2018）' },
          { value: 'A', label: '版本A：15类（约2010–2016）' },
        ]}
        value={draft.disputeTypeVersion}
        onChange={(v) => patch({ disputeTypeVersion: (v ?? 'C') as Settings['disputeTypeVersion'] })}
      />
      <Group align="flex-start">
        <NumberInput
          w={260}
          label="月报截止日（每月几日前报上月）"
          min={1}
          max={28}
          allowDecimal={false}
          value={draft.reportDeadlineDay}
          error={errors['reportDeadlineDay']}
          onChange={(v) => patch({ reportDeadlineDay: Number(v) || 0 })}
        />
        <NumberInput
          w={260}
          label="每月应报典型案例（篇）"
          min={0}
          max={50}
          allowDecimal={false}
          value={draft.typicalCaseQuota}
          error={errors['typicalCaseQuota']}
          onChange={(v) => patch({ typicalCaseQuota: Number(v) || 0 })}
        />
      </Group>
    </Stack>
  );
}

/** 调委会与人员: the mediation committees (卷号 short names) and the staff (登记人/接待人 pick lists). */
export function CommitteesAndStaff({ draft, errors, patch }: SettingsFieldsProps) {
  const setCommittee = (i: number, p: Partial<Settings['committees'][number]>) =>
    patch({ committees: draft.committees.map((c, j) => (j === i ? { ...c, ...p } : c)) });
  const setStaff = (i: number, p: Partial<Settings['staff'][number]>) =>
    patch({ staff: draft.staff.map((s, j) => (j === i ? { ...s, ...p } : s)) });
  return (
    <Stack gap="lg">
      <div>
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
      </div>
      <div>
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
      </div>
    </Stack>
  );
}
