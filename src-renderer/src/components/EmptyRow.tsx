import { Table, Text } from '@mantine/core';

/** The one row a table shows when it has nothing to list. */
export function EmptyRow({ columns, message }: { columns: number; message: string }) {
  return (
    <Table.Tr>
      <Table.Td colSpan={columns}>
        <Text c="dimmed" ta="center" py="lg">
          {message}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
