// Five wrong passwords in a row make the account wait before the next try; each further miss doubles the wait, up to
// a quarter of an hour. The count and the time live in the account row, so restarting the app does not reset them.

export const FREE_ATTEMPTS = 5;
const FIRST_DELAY_SECONDS = 30;
const MAX_DELAY_SECONDS = 15 * 60;

/** Seconds to wait after `failures` wrong passwords in a row (0 while under five). */
export function retryDelaySeconds(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** (failures - FREE_ATTEMPTS));
}

/** Whole seconds still to wait, or 0 when a try is allowed now. */
export function secondsUntil(retryAfter: string | null, now: Date): number {
  if (!retryAfter) return 0;
  return Math.max(0, Math.ceil((Date.parse(retryAfter) - now.getTime()) / 1000));
}

export function waitMessage(seconds: number): string {
  const text = seconds >= 60 ? `${Math.ceil(seconds / 60)} 分钟` : `${seconds} 秒`;
  return `密码连续输错次数过多，请 ${text}后再试`;
}
