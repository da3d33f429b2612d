// Typed views of record data. A record's data is loose JSON keyed by field; code that reads particular fields (the
// Word documents) reads it through a view typed by the register's definition, so a field renamed or retyped in the
// definition makes every reader of the old key fail to compile instead of printing a blank.
import type { Definitions } from './definitions';
import type { FieldDef, FieldType, RecordData, RegisterKey } from './types';

declare const holds: unique symbol;

/**
 * Data known to hold the fields F. The brand exists only in the type; it sits in a parameter position so that a
 * view of more fields is usable wherever a view of fewer is read (any entry with a 'date' is a DataOf<date field>).
 */
export type DataOf<F extends FieldDef> = RecordData & { readonly [holds]: (field: F) => void };

/** The union of a register's fields, each with its literal key and type. */
export type FieldsOf<R extends RegisterKey> = Definitions[R]['fields'][number];

/** The keys of those of the fields F that are of one of the types T. */
export type KeyOfType<F extends FieldDef, T extends FieldType> = Extract<F, { readonly type: T }>['key'];

/** The fields of the entries of F's child list K. */
export type EntryFieldsOf<F extends FieldDef, K extends string> =
  Extract<F, { readonly key: K; readonly type: 'entries' }> extends {
    readonly entry: { readonly fields: readonly (infer E extends FieldDef)[] };
  }
    ? E
    : never;

export type RecordView<R extends RegisterKey> = DataOf<FieldsOf<R>>;

/** One entry of register R's child list K (调解记录, 实地查访 …). */
export type EntryView<R extends RegisterKey, K extends KeyOfType<FieldsOf<R>, 'entries'>> = DataOf<
  EntryFieldsOf<FieldsOf<R>, K>
>;

/** A record's validated data read as register R's: the one place a view is made from loose data. */
export function viewOf<R extends RegisterKey>(_register: R, data: RecordData): RecordView<R> {
  return data as RecordView<R>;
}
