import { describe, expect, it } from 'vitest';
import { listOrder } from '../../src-main/core/registers/repository';
import { isSortable, registers } from '../../src-shared/registers';
import { openTestLedger } from './helpers';

// Speed without a stopwatch (issue 7): a list page sorted by any column a clerk can click must be read in order from an
// index, 50 rows at a time; a plan that sorts the whole book in a temporary B-tree is what took 41 ms on ten years of
// 来信来访. Long free text (事由, 案情) is the one exception: an index of it would cost more than that rare sort.

describe('list pages', () => {
  it('read every sortable column in order from an index', () => {
    const ledger = openTestLedger();
    const sqlite = ledger.core.ledger.sqlite;
    const sorts = registers.flatMap((def) =>
      [...def.fields.filter((f) => f.list && isSortable(f) && f.type !== 'textarea').map((f) => f.key), def.defaultSort.key].map((key) => ({ def, key })),
    );
    const sortedInMemory = sorts.flatMap(({ def, key }) =>
      (['asc', 'desc'] as const).flatMap((order) => {
        const by = listOrder(def, key).map((k) => `${k} ${order}`).join(', ');
        const plan = sqlite.prepare(`EXPLAIN QUERY PLAN SELECT * FROM ${def.table} WHERE deleted_at IS NULL ORDER BY ${by} LIMIT 50`).all() as { detail: string }[];
        return plan.some((step) => step.detail.includes('TEMP B-TREE')) ? [`${def.table} ORDER BY ${by}`] : [];
      }),
    );
    expect(sorts.length).toBeGreaterThan(40);
    expect(sortedInMemory).toEqual([]);
  });
});
