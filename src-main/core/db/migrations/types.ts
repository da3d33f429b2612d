import type Database from 'better-sqlite3';

export interface Migration {
  readonly version: number;
  readonly name: string;
  /** Runs inside the transaction that also records the new version. */
  readonly up: (db: Database.Database) => void;
}
