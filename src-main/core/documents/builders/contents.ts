// §3.2 卷内目录: 序号 | 文书名称 | 页号 | 备注, one row per document actually in the file. The page is given by the
// caller: a PAGEREF field to the document's title bookmark in the whole 卷宗, a worked-out number on its own.
import type { Part } from '../parts';
import { SIZE, para, table, type CellInput, type Inline } from '../style';

export interface ContentsEntry {
  name: string;
  note?: string | undefined;
  page: Inline;
}

export function contents(entries: readonly ContentsEntry[]): Part {
  const size = SIZE.table;
  const center = (content: Inline): CellInput => ({ content: [para(content, { size, align: 'center' })] });
  return {
    name: '卷内目录',
    title: '卷内目录',
    blocks: [
      table({
        widths: [900, 4344, 1100, 2500],
        size,
        header: 1,
        rows: [
          ['序号', '文书名称', '页号', '备注'].map((h) => ({ content: h, label: true })),
          ...entries.map((entry, i): CellInput[] => [
            center(String(i + 1)),
            entry.name,
            center(entry.page),
            { content: entry.note ?? '', align: 'center' },
          ]),
        ],
      }),
    ],
  };
}
