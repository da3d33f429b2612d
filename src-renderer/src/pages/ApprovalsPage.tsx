import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { approvalStages, type ApprovalStage } from '../../../src-shared/approvalStatus';
import { approvalTypes, type ApprovalType } from '../../../src-shared/correctionApprovals';
import { registerDef } from '../../../src-shared/registers';
import { ChoiceSelect } from '../components/ChoiceSelect';
import { MonthSelect } from '../components/MonthSelect';
import { todayIso } from '../../../src-shared/dates';
import { EmptyRow } from '../components/EmptyRow';
import { LoadStatus } from '../components/LoadState';
import { STAGE_COLOR } from '../components/correction/ApprovalsSection';
import { routeHref } from '../lib/router';
import { useApi } from '../lib/useApi';

// 审批事项一览: every 社区矫正对象's matters in one list, newest first, to see what waits on the office (待报送), on the
// county (待决定) or on the 公示; each row opens the person's record, where the matter is edited.

const people = registerDef('correctionSubject');

export function ApprovalsPage() {
  const [type, setType] = useState<ApprovalType | null>(null);
  const [stage, setStage] = useState<ApprovalStage | null>(null);
  const [month, setMonth] = useState<string | null>(null);
  const listed = useApi(
    'correction.approvals',
    {
      ...(type ? { type } : {}),
      ...(stage ? { stage } : {}),
      ...(month ? { month } : {}),
    },
    { keepPrevious: true },
  );
  const rows = listed.data?.rows ?? [];
  return (
    <Stack gap="md">
      <Title order={2}>审批事项一览</Title>
      <Paper withBorder p="sm" radius="md">
        <Group align="flex-end">
          <ChoiceSelect
            label="事项类型"
            placeholder="全部类型"
            data={[...approvalTypes]}
            value={type}
            clearable
            searchable
            onChange={(v) => setType((v as ApprovalType | null) || null)}
            w={220}
          />
          <ChoiceSelect
            label="状态"
            placeholder="全部状态"
            data={[...approvalStages]}
            value={stage}
            clearable
            onChange={(v) => setStage((v as ApprovalStage | null) || null)}
            w={140}
          />
          <MonthSelect label="收到月份" value={month} today={todayIso()} placeholder="全部月份" onChange={setMonth} />
          <Text size="sm" c="dimmed">
            共 {rows.length} 项
          </Text>
        </Group>
      </Paper>
      <LoadStatus state={listed} />
      <Paper withBorder radius="md">
        <Table striped highlightOnHover aria-label="审批事项">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>姓名</Table.Th>
              <Table.Th>编号</Table.Th>
              <Table.Th>事项类型</Table.Th>
              <Table.Th>收到日期</Table.Th>
              <Table.Th>报送日期</Table.Th>
              <Table.Th>县级决定</Table.Th>
              <Table.Th>状态</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.length === 0 && !listed.loading && <EmptyRow columns={7} message="没有符合条件的审批事项" />}
            {rows.map((r) => (
              <Table.Tr key={`${r.personId}-${r.entryIndex}`}>
                <Table.Td>
                  <Anchor href={routeHref({ page: 'record', register: people.key, id: r.personId })}>{r.name}</Anchor>
                </Table.Td>
                <Table.Td>{r.subjectNo ?? ''}</Table.Td>
                <Table.Td>{r.type}</Table.Td>
                <Table.Td>{r.date ?? ''}</Table.Td>
                <Table.Td>{r.submitDate ?? ''}</Table.Td>
                <Table.Td>{r.result ? `${r.result}${r.decisionDate ? `（${r.decisionDate}）` : ''}` : ''}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={STAGE_COLOR[r.stage]}>
                    {r.status}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
