import { partyLegend, type RegisterDef } from '../../../src-shared/registers';

/** One reason a form was not saved, as the error summary lists it. */
export interface FormError {
  /** The field's dotted path (`applicants.1.name`), which finds its box on the page (lib/focusField.ts). */
  path: string;
  /** The message, with the block it is in when the message alone would not say which (申请人第2人：…). */
  text: string;
}

/**
 * Every message of `fields` (keyed by dotted path) for the summary above a form. A message inside a party block or an
 * entry names the field but not which party or entry, so it is prefixed as the form titles the block.
 */
export function errorList(def: RegisterDef, fields: Record<string, string>): FormError[] {
  return Object.entries(fields).map(([path, message]) => {
    const [key, index, inner] = path.split('.');
    const field = def.fields.find((f) => f.key === key);
    if (!field || index === undefined || inner === undefined || !/^\d+$/.test(index)) return { path, text: message };
    const block =
      field.type === 'parties' ? partyLegend(field, Number(index)) : `${field.label}（${Number(index) + 1}）`;
    return { path, text: `${block}：${message}` };
  });
}
