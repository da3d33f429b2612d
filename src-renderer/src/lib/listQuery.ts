// What a book's list shows (search, filters, order, page, rows per page), kept in the address after the book's path
// (#/book/petition?q=张&page=2), so that 返回列表 and the browser's Back bring the clerk back to the same rows.

export const PAGE_SIZES = [20, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 20;

export interface ListQuery {
  q?: string;
  year?: number;
  month?: number;
  /** Category filters by field key: the option's value (a committee's id for 调委会). */
  filters?: Record<string, string>;
  sort?: { key: string; order: 'asc' | 'desc' };
  page?: number;
  size?: PageSize;
}

const FILTER_PREFIX = 'f.';

function positive(text: string | null, max: number): number | undefined {
  if (!text || !/^\d{1,6}$/.test(text)) return undefined;
  const n = Number(text);
  return n >= 1 && n <= max ? n : undefined;
}

/** Reads the part of an address after `?`; anything malformed is left out (a hand-edited address shows the book). */
export function parseListQuery(search: string): ListQuery {
  const params = new URLSearchParams(search);
  const query: ListQuery = {};
  const q = params.get('q');
  if (q) query.q = q;
  const year = positive(params.get('year'), 9999);
  if (year) query.year = year;
  const month = positive(params.get('month'), 12);
  if (month) query.month = month;
  const page = positive(params.get('page'), 999999);
  if (page && page > 1) query.page = page;
  const size = PAGE_SIZES.find((s) => String(s) === params.get('size'));
  if (size && size !== DEFAULT_PAGE_SIZE) query.size = size;
  const sort = params.get('sort');
  const order = params.get('order');
  if (sort && (order === 'asc' || order === 'desc')) query.sort = { key: sort, order };
  const filters: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key.startsWith(FILTER_PREFIX) && key.length > FILTER_PREFIX.length && value)
      filters[key.slice(FILTER_PREFIX.length)] = value;
  }
  if (Object.keys(filters).length > 0) query.filters = filters;
  return query;
}

/** The `?…` part for `query`, or '' when it is the book as first opened. */
export function formatListQuery(query: ListQuery | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.year) params.set('year', String(query.year));
  if (query.month) params.set('month', String(query.month));
  for (const [key, value] of Object.entries(query.filters ?? {})) params.set(FILTER_PREFIX + key, value);
  if (query.sort) {
    params.set('sort', query.sort.key);
    params.set('order', query.sort.order);
  }
  if (query.page && query.page > 1) params.set('page', String(query.page));
  if (query.size && query.size !== DEFAULT_PAGE_SIZE) params.set('size', String(query.size));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether anything narrows the list (a search or a filter), as against a book that is empty. */
export function narrows(query: ListQuery): boolean {
  return Boolean(query.q?.trim() || query.year || query.month || Object.keys(query.filters ?? {}).length > 0);
}
