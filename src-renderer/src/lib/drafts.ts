import type { FormValues } from './formValues';

// A form's unsaved values, kept in this browser (or the desktop window's storage) as the clerk types, so that leaving
// the form, a closed tab or a crash loses nothing: the form offers them back when it is opened again. Kept per account,
// so one clerk is never offered another's draft, and removed once the record is saved or the draft discarded.

export interface Draft {
  values: FormValues;
  /** When it was last written (ISO instant). */
  savedAt: string;
  /** The record's updatedAt the draft started from; null for a new record. */
  basedOn: string | null;
}

const PREFIX = 'ledger-draft:';

export function draftKey(accountId: number, form: string): string {
  return `${PREFIX}${accountId}:${form}`;
}

export function readDraft(key: string): Draft | null {
  try {
    const text = window.localStorage.getItem(key);
    if (!text) return null;
    const draft = JSON.parse(text) as Partial<Draft>;
    return draft.values && typeof draft.savedAt === 'string'
      ? { values: draft.values, savedAt: draft.savedAt, basedOn: draft.basedOn ?? null }
      : null;
  } catch {
    return null;
  }
}

export function writeDraft(key: string, draft: Draft): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage full or refused (a private window): the leave guard still asks before the work is lost.
  }
}

export function discardDraft(key: string): void {
  window.localStorage.removeItem(key);
}
