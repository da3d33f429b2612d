// §12 安置帮教: how long a person is helped and how long the file is kept, from the handbook's (13)① and (14). Shared
// by the register (the 帮教期满日期 it stores, the 帮教期 and 档案保存期 it shows), the hand-over from 社区矫正 and the
// documents, so they can never disagree.

import { CORRECTION_ENDED, KEY_SUPPORT, PRISON_RELEASE } from './codes';
import { addDays, addYears } from './dates';

/** 帮教期 in years: 刑满释放 5, 解除社区矫正 3; null for anything else (not yet chosen). */
export function supportYears(category: unknown): number | null {
  if (category === PRISON_RELEASE) return 5;
  if (category === CORRECTION_ENDED) return 3;
  return null;
}

/** 帮教期满日期 = 释放（解矫）日期 + 5 (3) 年 − 1 日: the period starts on the day of release and includes it. */
export function supportTermEnd(category: unknown, releaseDate: unknown): string | null {
  const years = supportYears(category);
  if (years === null || typeof releaseDate !== 'string' || releaseDate === '') return null;
  return addDays(addYears(releaseDate, years), -1);
}

/** 档案保存期: 重点 15 年, 一般 10 年, counted from the year after the 帮教期 ends: “15年（至2041年底）”. */
export function archiveRetention(supportType: unknown, termEnd: unknown): string | null {
  if (typeof termEnd !== 'string' || termEnd === '' || typeof supportType !== 'string' || supportType === '')
    return null;
  const years = supportType === KEY_SUPPORT ? 15 : 10;
  const until = Number(termEnd.slice(0, 4)) + years;
  return `${years}年（至${until}年底）`;
}
