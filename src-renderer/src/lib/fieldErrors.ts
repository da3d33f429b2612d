import { ApiFailure, errorMessage } from './api';

/** A failed call as a form shows it: one sentence, and per-field messages keyed by dotted path. */
export function formErrors(error: unknown): { message: string; fields: Record<string, string> } {
  return { message: errorMessage(error), fields: error instanceof ApiFailure ? (error.error.fields ?? {}) : {} };
}
