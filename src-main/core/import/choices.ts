import { disputeTypes, type CodeOption } from '../../../src-shared/codes';
import { disputeTypeCode } from './disputeTypeAliases';
import { normalLabel } from './labelText';

const TRUE_WORDS = new Set(['是', '√', '✓', '✔', '有', 'Y', 'YES', 'TRUE', '1', '对']);
const FALSE_WORDS = new Set(['否', '×', '✗', '✘', '无', '没有', 'N', 'NO', 'FALSE', '0', '不是', '/']);

/** 是/否/√/×/有/无/Y/N as a boolean, or undefined when it is none of them. */
export function readBool(text: string): boolean | undefined {
  const t = normalLabel(text).toUpperCase();
  if (TRUE_WORDS.has(t)) return true;
  if (FALSE_WORDS.has(t)) return false;
  return undefined;
}

const withoutSuffix = (text: string) => text.replace(/(纠纷|类)$/u, '');

/**
 * The option a cell names: by stored value or label, with or without 纠纷/类, or the one option whose label starts
 * with what was written (转调解 is not enough, 转人民调解 is). 纠纷类型 also reads every version's labels and codes.
 */
export function readChoice(options: readonly CodeOption[], text: string): string | null {
  if (options === disputeTypes) return disputeTypeCode(text);
  const t = normalLabel(text);
  const exact = options.find((o) => normalLabel(o.value) === t || normalLabel(o.label) === t);
  if (exact) return exact.value;
  const loose = options.find((o) => withoutSuffix(normalLabel(o.label)) === withoutSuffix(t));
  if (loose) return loose.value;
  const prefixed = options.filter((o) => normalLabel(o.label).startsWith(t));
  return t.length >= 2 && prefixed.length === 1 ? prefixed[0]!.value : null;
}

/** The options' labels for a message: all of a short list, the first few of a long one. */
export function optionList(options: readonly CodeOption[]): string {
  const shown = options.slice(0, 8).map((o) => o.label);
  return options.length > 8 ? `${shown.join('、')}等` : shown.join('、');
}
