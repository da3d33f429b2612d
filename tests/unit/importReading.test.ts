import { describe, expect, it } from 'vitest';
import { openTestLedger, seedSettings } from './helpers';
import { petitionMerges, petitionRows, xlsxBytes } from './importSheets';

// imports.read: the file the clerk chose, read for a book through the API as the page asks for it — the table found,
// the columns matched, each row's verdict — and read again with the clerk's corrections. Nothing is written.

async function chosen() {
  const ledger = openTestLedger({ today: '2026-12-03' });
  await seedSettings(ledger);
  const bytes = await xlsxBytes(petitionRows, petitionMerges);
  const upload = await ledger.call('uploads.put', { name: '来信来访登记簿2025.xlsx', bytes });
  return { ledger, upload };
}

describe('imports.read', () => {
  it('finds the table, matches the columns and gives every data row its verdict, writing nothing', async () => {
    const { ledger, upload } = await chosen();
    const view = await ledger.call('imports.read', { upload: upload.id, register: 'petition' });
    expect(view).toMatchObject({ fileName: '来信来访登记簿2025.xlsx', header: { first: 2, last: 3 }, year: 2025 });
    expect(view.titleRows).toEqual([1]);
    expect(view.footerRows.map((f) => [f.row, f.reason])).toEqual([
      [9, '合计行'],
      [10, '空行'],
      [11, '落款行'],
    ]);
    expect(view.columns.find((c) => c.label === '来访日期')?.target).toBe('visit_date');
    expect(view.rows.map((r) => r.row)).toEqual([4, 5, 6, 7, 8]);
    expect(view.rows[0]!.cells.slice(0, 3)).toEqual(['1', '2025.3.5', '张三']);
    // The date as it will be imported shows beside the cell where the text says it otherwise.
    expect(view.rows[0]!.readAs.slice(0, 3)).toEqual([null, '2025-03-05', null]);
    // 赵六's 身份证号 has a wrong check digit: an error on that row, naming the column and the value.
    const zhao = view.rows.find((r) => r.row === 6)!;
    expect(zhao.status).toBe('有错误');
    expect(zhao.errors.join('')).toContain('110105194912310021');
    expect(view.counts.ready + view.counts.errors + view.counts.duplicates).toBe(5);
    const listed = await ledger.call('registers.list', { register: 'petition' });
    expect(listed.total).toBe(0);
  });

  it('reads a corrected cell: the 身份证号 fixed in the preview makes the row importable', async () => {
    const { ledger, upload } = await chosen();
    const first = await ledger.call('imports.read', { upload: upload.id, register: 'petition' });
    const idColumn = first.columns.find((c) => c.label.includes('身份证号'))!.column;
    const fixed = await ledger.call('imports.read', {
      upload: upload.id,
      register: 'petition',
      edits: [{ row: 6, column: idColumn, text: '11010519491231002X' }],
    });
    expect(fixed.rows.find((r) => r.row === 6)!.errors.join('')).not.toContain('身份证号');
    // The sheet is read once per upload; a correction applies to the reading that carries it, never to the next.
    const again = await ledger.call('imports.read', { upload: upload.id, register: 'petition' });
    expect(again.rows.find((r) => r.row === 6)!.errors.join('')).toContain('110105194912310021');
  });

  it('says in Chinese when the file is no longer held, and refuses a header that ends before it starts', async () => {
    const { ledger, upload } = await chosen();
    await expect(ledger.call('imports.read', { upload: 'f'.repeat(32), register: 'petition' })).rejects.toThrow(
      '所选文件已过期（选好文件后一小时内有效），请重新选择文件',
    );
    await expect(
      ledger.call('imports.read', { upload: upload.id, register: 'petition', header: { first: 3, last: 2 } }),
    ).rejects.toThrow('表头的起始行不能在结束行之后');
  });
});

describe('imports.confirm', () => {
  it('writes the rows without errors and not skipped as one batch, remembers the mapping, and can be undone', async () => {
    const { ledger, upload } = await chosen();
    const view = await ledger.call('imports.read', { upload: upload.id, register: 'petition' });
    const importable = view.rows.filter((r) => r.status !== '有错误').map((r) => r.row);
    expect(importable.length).toBeGreaterThan(1);
    const [skipped, ...kept] = importable;
    const result = await ledger.call('imports.confirm', { upload: upload.id, register: 'petition', skip: [skipped!] });
    expect(result.ids).toHaveLength(kept.length);
    expect((await ledger.call('registers.list', { register: 'petition' })).total).toBe(kept.length);
    const { mapping } = await ledger.call('imports.mapping.get', { register: 'petition' });
    expect(mapping?.['来访日期']).toBe('visit_date');

    const [batch] = (await ledger.call('imports.list', {})).batches;
    expect(batch).toMatchObject({ id: result.batchId, fileName: '来信来访登记簿2025.xlsx', rowCount: kept.length });
    await ledger.call('imports.undo', { batchId: result.batchId });
    expect((await ledger.call('registers.list', { register: 'petition' })).total).toBe(0);
    expect((await ledger.call('recycle.list', {})).items.length).toBe(kept.length);
  });

  it('writes nothing when every row is skipped or wrong, saying so', async () => {
    const { ledger, upload } = await chosen();
    const view = await ledger.call('imports.read', { upload: upload.id, register: 'petition' });
    await expect(
      ledger.call('imports.confirm', { upload: upload.id, register: 'petition', skip: view.rows.map((r) => r.row) }),
    ).rejects.toThrow('没有可导入的行');
    expect((await ledger.call('registers.list', { register: 'petition' })).total).toBe(0);
  });
});
