import { useEffect, type RefObject } from 'react';
import { focusFirstField } from './focusField';

/** A new record's form opens with the cursor in its first field, so the clerk starts typing without a click. */
export function useFirstFieldFocus(form: RefObject<HTMLElement | null>, isNew: boolean): void {
  useEffect(() => {
    if (isNew && form.current) focusFirstField(form.current);
    // Once, as the form opens: a form that stays open keeps the cursor where the clerk put it.
  }, []);
}
