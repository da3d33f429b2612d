// How a register book's page is laid out before any program prints it: headers broken into even lines by the app, and
// a book too wide for one legible A4 page split over pages side by side.
import { describe, expect, it } from 'vitest';
import { bookPages } from '../../src-main/core/reports/bookPages';
import { headerLayout } from '../../src-main/core/reports/headerLines';

describe('headerLayout', () => {
  it('keeps a header on one line when the column is wide enough', () => {
    expect(headerLayout('序号', 6)).toEqual({ text: '序号', width: 6, lines: 1 });
  });

  it('breaks a header into even lines, never leaving one character alone, widening the column if it must', () => {
    // LibreOffice printed “人群类 / 别” in a column of 5 worked out for two lines of two.
    expect(headerLayout('人群类别', 5)).toEqual({ text: '人群\n类别', width: 6, lines: 2 });
    expect(headerLayout('办理结果', 5).text).toBe('办理\n结果');
    expect(headerLayout('承办人（律师或法律服务工作者）', 5).lines).toBe(3);
  });

  it('breaks two names of one column at their separator', () => {
    expect(headerLayout('附加刑 / 禁止令', 5)).toEqual({ text: '附加刑 /\n禁止令', width: 10, lines: 2 });
    expect(headerLayout('主要内容 / 会议记录', 21).lines).toBe(1);
  });

  it('never starts a line with a closing mark nor ends one with an opening bracket', () => {
    expect(headerLayout('事项类别（案由）', 12).text).toBe('事项类别\n（案由）');
    expect(headerLayout('参加人数（受众人数）', 14).text).toBe('参加人数\n（受众人数）');
    for (const label of ['协议涉及金额（元）', '报到（接收）日期', '判决（决定）机关', '矫正小组成员 / 责任人'])
      for (const width of [5, 8, 11])
        for (const line of headerLayout(label, width).text.split('\n')) {
          expect(line, label).not.toMatch(/^[）、，/]/u);
          expect(line, label).not.toMatch(/（$/u);
        }
  });
});

describe('bookPages', () => {
  /** The widths of the 2026 人民调解收结案登记簿 of the report fixtures (242 units). */
  const MEDIATION = [6, 25, 10, 11, 8, 8, 8, 18, 18, 20, 6, 6, 8, 8, 11, 11, 6, 6, 6, 17, 11, 8, 6];

  it('fits a book one page wide when Excel prints it at 8 pt or more', () => {
    expect(bookPages([6, 11, 8, 10, 20, 20, 11, 8, 6])).toEqual({ starts: [1], scale: null });
  });

  it('splits a wider book over the fewest pages side by side, 序号 repeated, each at 8 pt or more and none spilling', () => {
    const pages = bookPages(MEDIATION);
    expect(pages.starts).toHaveLength(2);
    expect(pages.scale).toBeGreaterThanOrEqual(80);
    // Each page (序号 and its own columns) within A4 landscape's 784 pt at the widest 7.1 pt a unit is printed.
    const ends = [...pages.starts.slice(1), MEDIATION.length + 1];
    pages.starts.forEach((start, i) => {
      const own = MEDIATION.slice(i === 0 ? 1 : start - 1, ends[i]! - 1).reduce((a, b) => a + b, 0);
      expect((MEDIATION[0]! + own) * 7.1 * (pages.scale! / 100)).toBeLessThanOrEqual(784.4);
    });
    // The halves are even: neither page carries much more than half.
    expect(pages.starts[1]).toBeGreaterThan(5);
    expect(pages.starts[1]).toBeLessThan(18);
  });

  it('takes as many pages as a book wider still needs', () => {
    const wide = [6, ...Array.from({ length: 40 }, () => 12)];
    const pages = bookPages(wide);
    expect(pages.starts).toHaveLength(4);
    expect(pages.scale).toBeGreaterThanOrEqual(80);
  });
});
