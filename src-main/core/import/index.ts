// The reading side of importing old books (issue 21): pure functions from a file's bytes to the records it would
// give, with every problem in Chinese. Nothing here writes to the ledger; the batch (storage, 卷号, duplicates, undo)
// and the preview screen build on these.
export { readSpreadsheet, SAVE_AS_XLSX } from './readSpreadsheet';
export { LIMITS, columnLetters, sheetRowNumber, type CellProblem, type MergedRange, type SheetGrid } from './grid';
export { findTable, tableAt, yearOfTitle, type HeaderColumn, type SkippedRow, type TableLayout } from './findTable';
export { columnSamples, matchColumns, type ColumnMatch, type MatchKind, type RememberedMapping } from './matchColumns';
export { importTargets, isTarget, targetLabel, type ImportTarget, type PartyPart } from './targets';
export { parsePartyPart, parseValue, type CommitteeRef, type ValueContext, type ValueResult } from './parseValue';
export {
  mappingLabel,
  parseRows,
  type ColumnMapping,
  type ImportContext,
  type RowError,
  type RowReading,
} from './parseRows';
export { needsYear } from './yearQuestion';
