import { Alert, Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import type { ReturnPreview } from '../../../src-shared/reports';
import { returnSheetNames, screeningTable, workSections } from '../../../src-shared/returnSheets';
import { StatTable } from './StatTable';

/**
 * Every figure of the return's three sheets, from the same sheet contents the workbook is written from
 * (src-shared/returnSheets.ts): what the clerk reads here is what the county receives.
 */
export function ReturnFigures({ preview }: { preview: ReturnPreview }) {
  const [, screeningName, workName] = returnSheetNames(preview.period);
  const screening = screeningTable(preview);
  const s = preview.screening;
  return (
    <Stack gap="md">
      <Paper withBorder radius="md">
        <ScrollArea>
          <StatTable columns={preview.mediation.columns} rows={preview.mediation.rows} />
        </ScrollArea>
      </Paper>
      {preview.mediation.notes.map((note) => (
        <Text key={note} size="xs" c="dimmed">
          {note}
        </Text>
      ))}
      <Paper withBorder p="md" radius="md">
        <Title order={4} mb="sm">
          {screeningName}
        </Title>
        {s.zeroReport && (
          <Alert color="blue" mb="sm">
            {s.zeroReportText}
          </Alert>
        )}
        <ScrollArea>
          <StatTable columns={screening.columns} rows={screening.rows} label={screeningName} />
        </ScrollArea>
        {s.majorDisputes.length > 0 && (
          <Table mt="sm" withTableBorder fz="sm" aria-label="重大矛盾纠纷明细">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>重大纠纷当事人</Table.Th>
                <Table.Th>类型</Table.Th>
                <Table.Th>简要情况</Table.Th>
                <Table.Th>稳控措施</Table.Th>
                <Table.Th>责任人</Table.Th>
                <Table.Th>进展</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {s.majorDisputes.map((d, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{d.parties}</Table.Td>
                  <Table.Td>{d.disputeType}</Table.Td>
                  <Table.Td>{d.summary}</Table.Td>
                  <Table.Td>{d.measures}</Table.Td>
                  <Table.Td>{d.responsible}</Table.Td>
                  <Table.Td>{d.progress}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={4} mb="sm">
          {workName}
        </Title>
        <Table withTableBorder withColumnBorders fz="sm" maw={760} aria-label={workName}>
          <Table.Thead>
            <Table.Tr>
              {['类别', '项目', '单位', '数量', '说明'].map((h) => (
                <Table.Th key={h}>{h}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {workSections(preview).flatMap(({ section, lines }) =>
              lines.map((line, i) => (
                <Table.Tr key={`${section}-${i}`}>
                  {i === 0 && <Table.Td rowSpan={lines.length}>{section}</Table.Td>}
                  <Table.Td>{line.item}</Table.Td>
                  <Table.Td>{line.unit}</Table.Td>
                  <Table.Td ta="right" data-figure>
                    {line.value}
                  </Table.Td>
                  <Table.Td>{line.note ?? ''}</Table.Td>
                </Table.Tr>
              )),
            )}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
