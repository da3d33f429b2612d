import { Table } from '@mantine/core';
import type { StatColumn, StatRow } from '../../../src-shared/reports';

interface HeaderCell {
  text: string;
  colSpan: number;
  rowSpan: number;
}

/**
 * The 统计表's merged header, from each column's header path: columns sharing a prefix share a cell, and a column
 * whose path ends early is merged down to the last header row (formats.md §4.3 merge rules).
 */
export function headerRows(columns: readonly StatColumn[]): HeaderCell[][] {
  const depth = Math.max(1, ...columns.map((c) => c.header.length));
  const rows: HeaderCell[][] = [];
  for (let level = 0; level < depth; level++) {
    const cells: HeaderCell[] = [];
    let i = 0;
    while (i < columns.length) {
      const column = columns[i]!;
      if (column.header.length <= level) {
        i++;
        continue;
      }
      if (column.header.length - 1 === level) {
        // A 件/人 pair shares one header path: one cell over both, the units row tells them apart.
        const path = column.header.join('\u0000');
        let j = i + 1;
        while (j < columns.length && columns[j]!.header.join('\u0000') === path) j++;
        cells.push({ text: column.header[level]!, colSpan: j - i, rowSpan: depth - level });
        i = j;
        continue;
      }
      const prefix = column.header.slice(0, level + 1).join('\u0000');
      let j = i;
      while (j < columns.length && columns[j]!.header.length - 1 > level && columns[j]!.header.slice(0, level + 1).join('\u0000') === prefix) j++;
      cells.push({ text: column.header[level]!, colSpan: j - i, rowSpan: 1 });
      i = j;
    }
    rows.push(cells);
  }
  return rows;
}

const formatValue = (value: number | null | undefined, unit: string) =>
  value === null || value === undefined ? '' : unit === '万元' ? value.toFixed(2) : String(value);

/** The on-screen preview of 人民调解工作情况统计表: the same header, units row and rows as the sheet. */
export function StatTable({ columns, rows }: { columns: readonly StatColumn[]; rows: readonly StatRow[] }) {
  const header = headerRows(columns);
  return (
    <Table withTableBorder withColumnBorders fz="xs" ta="center" style={{ whiteSpace: 'nowrap' }} aria-label="人民调解工作情况统计表">
      <Table.Thead>
        {header.map((cells, level) => (
          <Table.Tr key={level}>
            {level === 0 && (
              <Table.Th rowSpan={header.length} style={{ textAlign: 'center' }}>
                项目
              </Table.Th>
            )}
            {cells.map((cell, i) => (
              <Table.Th key={i} colSpan={cell.colSpan} rowSpan={cell.rowSpan} style={{ textAlign: 'center', verticalAlign: 'middle' }}>
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
