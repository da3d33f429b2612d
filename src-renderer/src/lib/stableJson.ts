/**
 * JSON with every object's keys in sorted order: two inputs that mean the same request give the same string, whatever
 * order a page happened to write their keys in, so the string can stand for the request.
 */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
