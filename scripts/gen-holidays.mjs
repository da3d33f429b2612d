// Generates resources/calendar/cn-holidays.json from the npm package `chinese-days`
// (devDependency; data transcribed by its maintainers from the State Council notices
// 国务院办公厅关于××年部分节假日安排的通知).
//
//   node scripts/gen-holidays.mjs            # years 2024–2026
//   node scripts/gen-holidays.mjs 2024 2027  # inclusive range (fails if a year has no data)
//
// Output shape: { source, years: { "2026": { holidays: [{date,name}], workdays: [{date,name}] } } }
// - holidays: every day off of an official holiday period, incl. the weekend days inside it;
// - workdays: 调休上班 days (weekend days that are working days).
// Names: consecutive holiday dates form one period; a period covering two festivals
// (e.g. 2025-10-01..08) is named "国庆节、中秋节", and its make-up days "国庆节、中秋节调休上班".
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkgDir = dirname(require.resolve('chinese-days/package.json'));
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const data = JSON.parse(readFileSync(join(pkgDir, 'dist', 'chinese-days.json'), 'utf8'));

const [from = 2024, to = 2026] = process.argv.slice(2).map(Number);

/** chinese-days short names → the names used in the State Council notices. */
const FULL_NAME = {
  元旦: '元旦',
  春节: '春节',
  清明: '清明节',
  劳动节: '劳动节',
  端午: '端午节',
  中秋: '中秋节',
  国庆节: '国庆节',
};
// Order used when a period covers two festivals, as in the notices: "国庆节、中秋节".
const ORDER = ['元旦', '春节', '清明节', '劳动节', '端午节', '国庆节', '中秋节'];

function festival(value) {
  // value looks like "National Day,国庆节,3"
  const zh = String(value).split(',')[1];
  const name = FULL_NAME[zh];
  if (!name) throw new Error(`unknown festival name in chinese-days data: ${value}`);
  return name;
}

const dayMs = 86_400_000;
const toDay = (iso) => Date.parse(`${iso}T00:00:00Z`) / dayMs;

const years = {};
for (let y = from; y <= to; y++) {
  const prefix = `${y}-`;
  const hol = Object.entries(data.holidays)
    .filter(([d]) => d.startsWith(prefix))
    .sort(([a], [b]) => a.localeCompare(b));
  const work = Object.entries(data.workdays)
    .filter(([d]) => d.startsWith(prefix))
    .sort(([a], [b]) => a.localeCompare(b));
  if (hol.length === 0) throw new Error(`chinese-days ${pkg.version} has no holiday data for ${y}`);

  // Group consecutive dates into periods, name each period by all festivals it contains.
  const periods = [];
  for (const [date, value] of hol) {
    const last = periods.at(-1);
    if (last && toDay(date) - toDay(last.dates.at(-1)) === 1) {
      last.dates.push(date);
      last.festivals.add(festival(value));
    } else {
      periods.push({ dates: [date], festivals: new Set([festival(value)]) });
    }
  }
  const periodName = (p) => [...p.festivals].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)).join('、');

  const holidays = periods.flatMap((p) => p.dates.map((date) => ({ date, name: periodName(p) })));
  const workdays = work.map(([date, value]) => {
    const f = festival(value);
    // the nearest period of the same year containing that festival
    const candidates = periods.filter((p) => p.festivals.has(f));
    const nearest = candidates.sort(
      (a, b) => Math.abs(toDay(a.dates[0]) - toDay(date)) - Math.abs(toDay(b.dates[0]) - toDay(date)),
    )[0];
    return { date, name: `${nearest ? periodName(nearest) : f}调休上班` };
  });
  years[String(y)] = { holidays, workdays };
}

// Cross-check against the worked example in docs/spec/deadlines.md (国庆 2026).
const y2026 = years['2026'];
if (y2026) {
  const off = new Set(y2026.holidays.map((h) => h.date));
  const on = new Set(y2026.workdays.map((w) => w.date));
  for (let d = 1; d <= 7; d++) {
    if (!off.has(`2026-10-0${d}`))
      throw new Error(`2026-10-0${d} is not a holiday — disagrees with docs/spec/deadlines.md`);
  }
  if (!on.has('2026-10-10'))
    throw new Error('2026-10-10 is not a make-up working day — disagrees with docs/spec/deadlines.md');
  if (off.has('2026-10-08')) throw new Error('2026-10-08 is a holiday — disagrees with docs/spec/deadlines.md');
}

const out = {
  source:
    `npm chinese-days@${pkg.version} (${pkg.repository?.url ?? 'https://github.com/vsme/chinese-days'}), ` +
    '据国务院办公厅关于部分节假日安排的通知；由 scripts/gen-holidays.mjs 生成',
  years,
};
const file = join(root, 'resources', 'calendar', 'cn-holidays.json');
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
for (const [y, v] of Object.entries(years)) {
  console.log(`${y}: ${v.holidays.length} holiday dates, ${v.workdays.length} make-up working days`);
}
console.log(`wrote ${file}`);
