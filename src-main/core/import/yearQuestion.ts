import { registerDef } from '../../../src-shared/registers';
import type { RegisterKey } from '../../../src-shared/registers';
import { readDate } from './dates';
import type { TableLayout } from './findTable';
import type { SheetGrid } from './grid';
import type { ColumnMapping } from './parseRows';
import { splitTarget } from './targets';

/**
 * Whether the preview must ask the clerk once for the year: some date of a mapped column is written without one
 * (3月5日) and the title names none. The answer goes to parseRows as `year`.
 */
export function needsYear(
  register: RegisterKey,
  grid: SheetGrid,
  table: TableLayout,
  mapping: readonly ColumnMapping[],
): boolean {
  if (table.year !== null) return false;
  const def = registerDef(register);
  const dateColumns = mapping.filter((m) => {
    const split = m.target ? splitTarget(def, m.target) : null;
    return split !== null && (split.part === 'birth_date' || (split.part === null && split.field.type === 'date'));
  });
  return table.dataRows.some((r) =>
    dateColumns.some((m) => 'needsYear' in readDate(grid.rows[r]?.[m.column] ?? '', null)),
  );
}
