import { Button, CloseButton, Table, Text, TextInput } from '@mantine/core';
import { isValidDate, weekday } from '../../../src-shared/dates';
import { WEEKDAY_NAMES, type CalendarDay } from '../../../src-shared/workdays';

interface Props {
  /** '放假' or '调休上班': names the table, its inputs and its buttons. */
  label: string;
  /** The API's field path for these rows ('holidays' / 'workdays'), to show its messages beside the row. */
  path: string;
  rows: CalendarDay[];
  errors: Record<string, string>;
  namePlaceholder: string;
  onChange: (rows: CalendarDay[]) => void;
}

/** One list of a year's holiday calendar: a date and a name per row, with the weekday shown so a typo stands out. */
export function CalendarDayTable({ label, path, rows, errors, namePlaceholder, onChange }: Props) {
  const set = (i: number, p: Partial<CalendarDay>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...p } : r)));
  return (
    <div>
      <Table aria-label={`${label}日期`} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={170}>{label}日期</Table.Th>
            <Table.Th w={50}>星期</Table.Th>
            <Table.Th>名称</Table.Th>
            <Table.Th w={40} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, i) => (
            <Table.Tr key={i}>
              <Table.Td>
                <TextInput
                  aria-label={`${label}日期${i + 1}`}
                  placeholder="2027-01-01"
                  value={row.date}
                  error={errors[`${path}.${i}.date`]}
                  onChange={(e) => set(i, { date: e.currentTarget.value })}
                />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{isValidDate(row.date) ? WEEKDAY_NAMES[weekday(row.date)] : ''}</Text>
              </Table.Td>
              <Table.Td>
                <TextInput
                  aria-label={`${label}名称${i + 1}`}
                  placeholder={namePlaceholder}
                  value={row.name}
                  error={errors[`${path}.${i}.name`]}
                  onChange={(e) => set(i, { name: e.currentTarget.value })}
                />
              </Table.Td>
              <Table.Td>
                <CloseButton
                  aria-label={`移除${label}日期${i + 1}`}
                  onClick={() => onChange(rows.filter((_, j) => j !== i))}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {errors[path] && (
        <Text c="red" size="sm">
          {errors[path]}
        </Text>
      )}
      <Button
        variant="light"
        size="xs"
        mt={4}
        // A new row repeats the name above it: a holiday period is several days with one name.
        onClick={() => onChange([...rows, { date: '', name: rows[rows.length - 1]?.name ?? '' }])}
      >
        添加{label}日期
      </Button>
    </div>
  );
}
