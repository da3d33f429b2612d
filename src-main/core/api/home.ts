import type { homeMethods } from '../../../src-shared/api/home';
import { monthlyQuotas } from '../home/quotas';
import { homeTrends } from '../home/trends';
import { listRules } from '../reminders/rules';
import { countBooks } from '../registers/repository';
import { readSettings } from '../settings';
import type { Implementations } from './implementation';

export const homeHandlers: Implementations<keyof typeof homeMethods> = {
  'home.summary': async ({ db, keptFigures }, { year, month }) => ({
    counts: await keptFigures.get(db, `counts ${year}-${month}`, () => countBooks(db, year, month)),
  }),
  'home.quotas': async ({ db, today }) => monthlyQuotas(db, await listRules(db), await readSettings(db), today),
  'home.trends': ({ db, today, keptFigures }) => keptFigures.get(db, `trends ${today}`, () => homeTrends(db, today)),
};
