import { timingSafeEqual } from 'node:crypto';

// Who may talk to `npm run web`: requests addressed to 127.0.0.1:port by name (a DNS-rebinding page carries its own
// name in Host), from the app's own origin when a browser says where it comes from, and for the API with the
// launch token. A download link cannot send the token's header: it carries a one-time ticket instead (webDownload.ts).

export const TOKEN_HEADER = 'x-ledger-token';

export interface RequestFacts {
  host: string | undefined;
  origin: string | undefined;
  token: string | undefined;
  isApi: boolean;
}

export interface Refusal {
  status: number;
  message: string;
}

function tokenMatches(given: string | undefined, token: string): boolean {
  if (!given || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
}

/** Null when the request may proceed; otherwise the status and Chinese message to answer with. */
export function refuseRequest(facts: RequestFacts, expectedHost: string, token: string): Refusal | null {
  if (facts.host !== expectedHost)
    return { status: 421, message: '地址不正确，请使用启动时显示的地址（127.0.0.1）打开' };
  if (facts.origin !== undefined && facts.origin !== `http://${expectedHost}`) {
    return { status: 403, message: '拒绝来自其他网页的请求' };
  }
  if (facts.isApi && !tokenMatches(facts.token, token)) {
    return { status: 401, message: '访问口令不正确，请使用启动时显示的完整地址打开' };
  }
  return null;
}
