import { describe, expect, it } from 'vitest';
import type { StatColumn } from '../../src-shared/reports';
import { headerRows } from '../../src-renderer/src/components/StatTable';

// The on-screen 统计表 header must merge as the sheet does (docs/spec/formats.md §4.3).

const col = (key: string, header: string[], unit: StatColumn['unit'] = '件'): StatColumn => ({ key, header, unit });

describe('统计表 header on screen', () => {
  it('merges groups across, single indicators down, and each 件/人 pair into one cell', () => {
    const rows = headerRows([
      col('total', ['调解情况', '调解案件总数']),
      col('village', ['调解情况', '不同主体调解情况', '村调委会']),
      col('street', ['调解情况', '不同主体调解情况', '街道调委会']),
      col('screenings', ['排查预防纠纷', '排查纠纷'], '次'),
      col('suicideCases', ['排查预防纠纷', '防止民间纠纷引起自杀']),
      col('suicidePersons', ['排查预防纠纷', '防止民间纠纷引起自杀'], '人'),
    ]);
    expect(rows).toEqual([
      [
        { text: '调解情况', colSpan: 3, rowSpan: 1 },
        { text: '排查预防纠纷', colSpan: 3, rowSpan: 1 },
      ],
      [
        { text: '调解案件总数', colSpan: 1, rowSpan: 2 },
        { text: '不同主体调解情况', colSpan: 2, rowSpan: 1 },
        { text: '排查纠纷', colSpan: 1, rowSpan: 2 },
        { text: '防止民间纠纷引起自杀', colSpan: 2, rowSpan: 2 },
      ],
      [
        { text: '村调委会', colSpan: 1, rowSpan: 1 },
        { text: '街道调委会', colSpan: 1, rowSpan: 1 },
      ],
    ]);
  });
});
