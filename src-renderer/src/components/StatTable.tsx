import { Table } from '@mantine/core';
import { headerCells, type StatColumn, type StatRow } from '../../../src-shared/reports';

interface HeaderTableCell {
  text: string;
  colSpan: number;
  rowSpan: number;
}

/** The shared merged header (src-shared/reports.ts headerCells) as table rows of th cells. */
export function headerRows(columns: readonly StatColumn[]): HeaderTableCell[][] {
  const { depth, cells } = headerCells(columns);
  return Array.from({ length: depth }, (_, level) =>
    cells
      .filter((cell) => cell.level === level)
      .map((cell) => ({ text: cell.text, colSpan: cell.to - cell.from + 1, rowSpan: cell.leaf ? depth - level : 1 })),
  );
}

const formatValue = (value: number | null | undefined, unit: string) =>
  value === null || value === undefined ? '' : unit === '万元' ? value.toFixed(2) : String(value);

/** A statistical table of the return on screen (统计表, 排查调处): the same header, units row and rows as the sheet. */
export function StatTable({
  columns,
  rows,
  label = '人民调解工作情况统计表',
}: {
  columns: readonly StatColumn[];
  rows: readonly StatRow[];
  /** The table's accessible name: the sheet it previews. */
  label?: string;
}) {
  const header = headerRows(columns);
  return (
    <Table withTableBorder withColumnBorders fz="xs" ta="center" style={{ whiteSpace: 'nowrap' }} aria-label={label}>
      <Table.Thead>
        {header.map((cells, level) => (
          <Table.Tr key={level}>
            {level === 0 && (
              <Table.Th rowSpan={header.length} style={{ textAlign: 'center' }}>
                项目
              </Table.Th>
            )}
            {cells.map((cell, i) => (
              <Table.Th
                key={i}
                colSpan={cell.colSpan}
                rowSpan={cell.rowSpan}
                style={{ textAlign: 'center', verticalAlign: 'middle' }}
              >
                {cell.text}
              </Table.Th>
            ))}
          </Table.Tr>
        ))}
        <Table.Tr>
          <Table.Th style={{ textAlign: 'center' }}>单位</Table.Th>
          {columns.map((c) => (
            <Table.Th key={c.key} style={{ textAlign: 'center', fontWeight: 400 }}>
              {c.unit}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.unit} fw={row.isTotal ? 700 : undefined} data-unit={row.unit}>
            <Table.Td style={{ textAlign: 'left' }}>{row.unit}</Table.Td>
            {columns.map((c) => (
              <Table.Td key={c.key}>{formatValue(row.values[c.key], c.unit)}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
