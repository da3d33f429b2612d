import type { z } from 'zod';
import { partyLegend } from './registers';
import type { RegisterDef } from './registers/types';

/** What every failed API call returns: one sentence for a notification, and per-field messages for the form. */
export interface ApiError {
  message: string;
  /** Keyed by dotted path, e.g. `applicants.0.id_number`. */
  fields?: Record<string, string>;
  /** Set when the call needs a login first, or the session is locked after idle time: the renderer asks for it. */
  auth?: 'login' | 'locked';
}

/** Turns zod issues into Chinese that names the field, prefixing party blocks as the form titles them (申请人第N人, 来访人). */
export function describeIssues(error: z.ZodError, def?: RegisterDef): ApiError {
  const fields: Record<string, string> = {};
  const sentences: string[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String);
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') {
      message = `不认识的字段：${issue.keys.join('、')}`;
    } else if (issue.code === 'invalid_value' && path.length > 0 && !/[\u4e00-\u9fa5]/.test(message)) {
      message = `${path.join('.')}的取值不在可选范围内`;
    } else if (!/[\u4e00-\u9fa5]/.test(message)) {
      message = `${path.join('.') || '输入'}格式不正确`;
    }
    const key = path.join('.');
    if (!(key in fields)) fields[key] = message;
    const partyField = def?.fields.find((x) => x.key === path[0] && x.type === 'parties');
    const prefix = partyField && path.length > 2 ? `${partyLegend(partyField, Number(path[1]))}：` : '';
    sentences.push(prefix + message);
  }
  return { message: [...new Set(sentences)].slice(0, 3).join('；'), fields };
}
