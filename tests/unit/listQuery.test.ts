import { describe, expect, it } from 'vitest';
import { formatListQuery, narrows, parseListQuery, type ListQuery } from '../../src-renderer/src/lib/listQuery';

// A book's list in the address (#/book/petition?q=…): what 返回列表 and Back bring back.

describe('list query in the address', () => {
  it('reads back what it wrote: search, year, month, filters, order, page and rows per page', () => {
    const query: ListQuery = {
      q: '张 三&',
      year: 2026,
      month: 11,
      filters: { category: '纠纷', committee_id: '3' },
      sort: { key: 'visit_date', order: 'asc' },
      page: 2,
      size: 50,
    };
    const text = formatListQuery(query);
    expect(text.startsWith('?')).toBe(true);
    expect(parseListQuery(text.slice(1))).toEqual(query);
  });

  it('writes nothing for a book as first opened, and leaves out page 1 and 20 rows', () => {
    expect(formatListQuery({})).toBe('');
    expect(formatListQuery(undefined)).toBe('');
    expect(formatListQuery({ page: 1, size: 20 })).toBe('');
  });

  it('leaves out what a hand-edited address gets wrong', () => {
    expect(parseListQuery('month=13&year=abc&page=0&size=30&order=up&sort=x&f.=1')).toEqual({});
  });

  it('tells a search or filter from an empty book', () => {
    expect(narrows({ page: 3, size: 50 })).toBe(false);
    expect(narrows({ q: '  ' })).toBe(false);
    expect(narrows({ filters: { category: '纠纷' } })).toBe(true);
  });
});
