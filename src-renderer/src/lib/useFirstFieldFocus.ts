import { useEffect, type RefObject } from 'react';
import { focusedFieldPath, focusFirstField, refocusField } from './focusField';

/** The field that had the cursor when a record was saved, for the form that opens on it next. */
let savedWithFocus: { register: string; id: number; path: string } | null = null;

/**
 * Called as a record is saved: its form opens again on the saved record (the page's address and key change with a
 * new record's id), and the cursor goes back into the field it was in, so Tab carries on from there.
 */
export function keepFocusThroughSave(register: string, id: number): void {
  const path = focusedFieldPath();
  savedWithFocus = path === null ? null : { register, id, path };
}

/**
 * A new record's form opens with the cursor in its first field still to be filled, so the clerk starts typing
 * without a click; the form of a record just saved opens with the cursor where it was (keepFocusThroughSave).
 */
export function useFirstFieldFocus(form: RefObject<HTMLElement | null>, register: string, id: number | null): void {
  useEffect(() => {
    const resume = savedWithFocus;
    savedWithFocus = null;
    if (!form.current) return;
    if (resume && resume.register === register && resume.id === id) refocusField(resume.path, form.current);
    else if (id === null) focusFirstField(form.current);
    // Once, as the form opens: a form that stays open keeps the cursor where the clerk put it.
  }, []);
}
