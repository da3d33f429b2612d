// Which boxes of a form the clerk has typed in, by dotted path (`summary`, `sessions.0.date`): an error shows under
// a box once it has been touched or a save was tried, so a 调解记录 or 申请人 just added is not red before a word is
// typed into it.

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The paths under `path` whose values differ between `before` and `after`. A list of forms (申请人, 调解记录) is
 * followed into its items, and an item just added is not one; a list of plain values (人民调解员, 协议条款) is one box.
 */
export function changedPaths(path: string, before: unknown, after: unknown): string[] {
  if (Array.isArray(before) && Array.isArray(after) && [...before, ...after].some(isPlainObject)) {
    return after.flatMap((item, index) =>
      index < before.length ? changedPaths(`${path}.${index}`, before[index], item) : [],
    );
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].flatMap((key) => changedPaths(`${path}.${key}`, before[key], after[key]));
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [path];
}

/**
 * Whether the error at `path` is for a touched box: the box itself, a box inside it (a list's own error, such as
 * “至少一名申请人”, once anything in the list was typed) or a whole field marked touched (a restored draft).
 */
export function isTouched(touched: ReadonlySet<string>, path: string): boolean {
  for (const done of touched) {
    if (done === path || done.startsWith(`${path}.`) || path.startsWith(`${done}.`)) return true;
  }
  return false;
}
