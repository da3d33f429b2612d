import type { ApiError } from '../../../src-shared/errors';
import type { ApiInput, ApiMethod, ApiOutput, ApiResult } from '../../../src-shared/api';
import { UPLOAD_NAME_HEADER, UPLOAD_PATH, type UploadedFile } from '../../../src-shared/api/uploads';

// The renderer's only way to the core: the Electron bridge when present, otherwise HTTP to `npm run web`.

interface LedgerBridge {
  invoke(method: string, input: unknown): Promise<unknown>;
}

declare global {
  interface Window {
    ledgerBridge?: LedgerBridge;
  }
}

/** A failed call: `error.message` is Chinese and fit to show; `error.fields` maps field paths to messages. */
export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

const TOKEN_KEY = 'ledger-token';
/** `npm run web` only: the session id auth.login gave this tab (in Electron the main process keeps it). */
const SESSION_KEY = 'ledger-session';

type AuthListener = (need: NonNullable<ApiError['auth']>) => void;
let authListener: AuthListener | null = null;

/** Called when a call is refused for want of a login or because the session locked: the auth gate asks for it. */
export function onAuthRequired(listener: AuthListener | null): void {
  authListener = listener;
}

/** `npm run web` opens `/#token=…`; keep the token for this tab and leave a clean address. */
export function captureToken(): void {
  const match = /^#token=([0-9a-f]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    window.history.replaceState(null, '', '#/');
  }
}

async function overHttp(method: string, input: unknown): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-ledger-token': sessionStorage.getItem(TOKEN_KEY) ?? '',
        'x-ledger-session': sessionStorage.getItem(SESSION_KEY) ?? '',
      },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return { ok: false, error: { message: '无法连接本机服务，请确认“npm run web”仍在运行' } };
  }
  const result = (await response.json()) as ApiResult<ApiMethod>;
  if (result.ok && result.session !== undefined) {
    if (result.session) sessionStorage.setItem(SESSION_KEY, result.session);
    else sessionStorage.removeItem(SESSION_KEY);
  }
  return result;
}

export async function api<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> {
  const bridge = window.ledgerBridge;
  const result = (bridge ? await bridge.invoke(method, input) : await overHttp(method, input)) as ApiResult<M>;
  if (!result.ok) {
    if (result.error.auth) authListener?.(result.error.auth);
    throw new ApiFailure(result.error);
  }
  return result.value;
}

/**
 * Sends a file the clerk chose to the core (src-shared/api/uploads.ts), which holds it for the calls that read it:
 * over the Electron bridge as bytes, or to `npm run web`'s POST /upload (an API body is JSON and cannot carry them).
 */
export async function uploadFile(file: File): Promise<UploadedFile> {
  const bridge = window.ledgerBridge;
  const result = (
    bridge
      ? await bridge.invoke('uploads.put', { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })
      : await uploadOverHttp(file)
  ) as ApiResult<'uploads.put'>;
  if (!result.ok) {
    if (result.error.auth) authListener?.(result.error.auth);
    throw new ApiFailure(result.error);
  }
  return result.value;
}

async function uploadOverHttp(file: File): Promise<unknown> {
  try {
    const response = await fetch(UPLOAD_PATH, {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        'x-ledger-token': sessionStorage.getItem(TOKEN_KEY) ?? '',
        'x-ledger-session': sessionStorage.getItem(SESSION_KEY) ?? '',
        [UPLOAD_NAME_HEADER]: encodeURIComponent(file.name),
      },
      body: file,
    });
    return await response.json();
  } catch {
    return { ok: false, error: { message: '无法连接本机服务，请确认“npm run web”仍在运行' } };
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof ApiFailure ? error.message : '操作没有完成，请重试';
}
