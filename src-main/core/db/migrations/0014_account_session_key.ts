import type Database from 'better-sqlite3';
import type { Migration } from './types';

// Never edit once shipped: add 0015_… instead.
// A session is bound to its account by this random key as well as by the account's number. Numbers are reused: after
// a restore (or in another office's file) account 1 may be someone else, and a session kept across that would act as
// them. A key is made once per account and never changes, so no other account, in this file or any other, has it.
// Existing accounts get theirs here; the app gives each new account its own (accounts/accounts.ts), and the trigger
// refuses an account without one.

export const m0014_accountSessionKey: Migration = {
  version: 14,
  name: 'account session key',
  up: (db: Database.Database) => {
    db.exec(`
ALTER TABLE account ADD COLUMN session_key TEXT;
UPDATE account SET session_key = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX account_by_session_key ON account (session_key);
CREATE TRIGGER account_session_key_required BEFORE INSERT ON account WHEN NEW.session_key IS NULL
BEGIN SELECT RAISE(ABORT, '账号缺少会话密钥'); END;
`);
  },
};
