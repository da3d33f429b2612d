import type { z } from 'zod';
import { registers, type FieldDef } from '../../src-shared/registers';
import { pick } from './prng';

// Random and malformed API inputs for the fuzz test: wrong types, huge strings, control characters, SQL-ish text,
// unknown fields, impossible dates, negative numbers — mixed into otherwise plausible inputs so the checks past the
// first one are reached too.

type Random = () => number;
type Json = unknown;

const SQLISH = [
  "'; DROP TABLE petition; --",
  '1 OR 1=1',
  '" OR ""="',
  'x); DELETE FROM setting; --',
  "' UNION SELECT sql FROM sqlite_master --",
  "ATTACH DATABASE '/tmp/x' AS x",
  '%_%',
];
const IMPOSSIBLE_DATES = [
  '2025-02-30',
  '2025-13-01',
  '2023-02-29',
  '0000-00-00',
  '2025-3-1',
  '99999-01-01',
  '2025-04-31T25:61',
  '１９９０－０１－０１',
];
const CONTROL = ['\u0000', '\u0007', '\u001b[31m', '\r\n', '\u202e', '\ud800', '\uffff', '\u0085'];

function hugeString(random: Random): string {
  return pick(random, ['测', 'a', '\u0000', '𠀀']).repeat(1000 + Math.floor(random() * 200_000));
}

/** A value of the wrong kind, or of the right kind but absurd. */
export function junk(random: Random, depth = 0): Json {
  const makers: (() => Json)[] = [
    () => undefined,
    () => null,
    () => random() < 0.5,
    () => -Math.floor(random() * 1e9) - 1,
    () => 0,
    () => 1.5,
    () => Number.MAX_SAFE_INTEGER + 2,
    () => Number.NaN,
    () => Number.POSITIVE_INFINITY,
    () => '',
    () => hugeString(random),
    () => pick(random, CONTROL) + '张三' + pick(random, CONTROL),
    () => pick(random, SQLISH),
    () => pick(random, IMPOSSIBLE_DATES),
    () => '   ',
    () => '-1',
    () => [],
    () => ({}),
    () => JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}}') as Json,
    () => (depth < 2 ? [junk(random, depth + 1), junk(random, depth + 1)] : 'x'),
    () => (depth < 2 ? { [pick(random, ['id', 'register', 'data', '未知'])]: junk(random, depth + 1) } : 7),
  ];
  return pick(random, makers)();
}

function plausibleField(random: Random, field: FieldDef): Json {
  if (random() < 0.4) return junk(random);
  switch (field.type) {
    case 'date':
      return random() < 0.7 ? '2025-03-01' : pick(random, IMPOSSIBLE_DATES);
    case 'int':
    case 'money':
    case 'committee':
      return pick(random, [1, 3, -1, -100, 2 ** 40]);
    case 'bool':
      return pick(random, [true, false, 'true', 1]);
    case 'select':
      return field.options?.[0]?.value ?? '无';
    case 'multiselect':
    case 'mediators':
    case 'lines':
    case 'names':
      return [pick(random, ['张三', hugeString(random), pick(random, SQLISH)])];
    case 'parties':
      return [
        {
          kind: '自然人',
          name: pick(random, ['李四', '', pick(random, SQLISH)]),
          id_number: pick(random, ['110105194912310021', '123']),
        },
      ];
    case 'idcard':
      return pick(random, ['11010519491231002X', '110105194912310021', '12345']);
    default:
      return pick(random, ['张三', '东河镇', pick(random, SQLISH), pick(random, CONTROL)]);
  }
}

function recordData(random: Random): Json {
  const def = pick(random, registers);
  const data: Record<string, Json> = {};
  for (const field of def.fields) if (random() < 0.6) data[field.key] = plausibleField(random, field);
  if (random() < 0.3) data[pick(random, ['未知字段', 'id', 'deleted_at', 'created_at'])] = junk(random);
  return data;
}

const PLAUSIBLE: Record<string, (random: Random) => Json> = {
  register: (random) => pick(random, registers).key,
  id: (random) => pick(random, [1, 2, 3, 999_999]),
  page: () => 1,
  pageSize: (random) => pick(random, [20, 200]),
  year: () => 2025,
  month: (random) => pick(random, [1, 3, 12]),
  q: (random) => pick(random, ['张', '东河', '']),
  data: recordData,
  period: (random) => pick(random, [{ year: 2025, month: 3 }, { year: 2025, month: 13 }, '2025-03']),
  from: () => '2025-01-01',
  to: () => '2025-12-31',
  file: (random) =>
    pick(random, ['ledger-2025-01-01T00-00-00-000Z-manual.sqlite3', '../ledger.sqlite3', 'manifest.json']),
  reporter: () => '王晓红',
  acknowledged: () => true,
};

/** The object keys a method's schema expects, looking through refinements and transforms. */
export function keysOf(schema: z.ZodType): string[] {
  let current: unknown = schema;
  for (let depth = 0; depth < 6 && current; depth++) {
    const shape = (current as { shape?: Record<string, unknown> }).shape;
    if (shape) return Object.keys(shape);
    const def = (current as { _zod?: { def?: Record<string, unknown> } })._zod?.def ?? {};
    current = def['in'] ?? def['innerType'] ?? def['schema'];
  }
  return [];
}

/**
 * One input for a method whose schema expects `keys`: a plausible object given one to three bad parts (a key set to
 * junk, a key left out, an unknown key), a bare junk value now and then, and rarely left as it is.
 */
export function fuzzInput(random: Random, keys: readonly string[]): Json {
  if (random() < 0.08) return junk(random);
  const input: Record<string, Json> = {};
  for (const key of keys) input[key] = PLAUSIBLE[key]?.(random) ?? junk(random);
  if (random() < 0.04) return input;
  const mutations = 1 + Math.floor(random() * 3);
  for (let m = 0; m < mutations; m++) {
    const roll = random();
    const key = keys.length > 0 ? pick(random, keys) : null;
    if (key && roll < 0.6) input[key] = junk(random);
    else if (key && roll < 0.75) delete input[key];
    else input[pick(random, ['未知', 'admin', '__proto__', 'toString', 'sql', 'role'])] = junk(random);
  }
  return input;
}
