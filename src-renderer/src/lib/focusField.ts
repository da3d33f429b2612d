// Finding a form's fields by their dotted path (`summary`, `applicants.1.name`, `sessions.0.date`): every field's box
// carries it as `data-path` (RecordForm, PartyBlock, EntryListInput), so an error, an added party or a new form can
// put the cursor in the right box whatever kind of input it is, and the form's own order is the order on the page.

/** What a clerk types into: text boxes, dropdowns, check boxes (a party's 自然人/法人 switch comes after them). */
const TYPED = 'input:not([type=hidden]):not([type=radio]):not(:disabled), textarea:not(:disabled)';
const FOCUSABLE = `${TYPED}, input[type=radio]:checked:not(:disabled), button:not(:disabled)`;

function boxOf(path: string, root: ParentNode): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`);
}

/** The element in a field's box (or a party block, an entry) that takes the cursor. */
function inputIn(box: HTMLElement): HTMLElement | null {
  return box.querySelector<HTMLElement>(TYPED) ?? box.querySelector<HTMLElement>(FOCUSABLE);
}

function focusInput(input: HTMLElement): void {
  // Centred, so neither the sticky header nor the sticky 保存 bar sits over it.
  input.focus({ preventScroll: true });
  input.scrollIntoView({ block: 'center' });
  // As Tab does: what is typed replaces a box's prefilled value (a new 走访's date is today) rather than joining it.
  if (input instanceof HTMLInputElement && input.value !== '') input.select();
}

/** Puts the cursor in the field at `path`; false when the page has no such field. */
export function focusField(path: string, root: ParentNode = document): boolean {
  const box = boxOf(path, root);
  const input = box && inputIn(box);
  if (!input) return false;
  focusInput(input);
  return true;
}

/** The path of the field that has the cursor, if a field has it. */
export function focusedFieldPath(): string | null {
  return document.activeElement?.closest('[data-path]')?.getAttribute('data-path') ?? null;
}

/** Puts the cursor back in the field at `path` where it stands on the screen, without scrolling the page. */
export function refocusField(path: string, root: ParentNode = document): void {
  const box = boxOf(path, root);
  (box && inputIn(box))?.focus({ preventScroll: true });
}

/**
 * `paths` in the order their fields stand on the page; a path with no field of its own (an error the server names
 * for the record as a whole) goes last.
 */
export function inPageOrder(paths: string[], root: ParentNode = document): string[] {
  const placed = paths.map((path) => ({ path, box: boxOf(path, root) }));
  return placed
    .sort((a, b) => {
      if (!a.box || !b.box) return Number(!a.box) - Number(!b.box);
      return a.box.compareDocumentPosition(b.box) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    })
    .map((p) => p.path);
}

function isBlank(input: HTMLElement): boolean {
  return (input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement) && input.value.trim() === '';
}

/**
 * Puts the cursor in the first field of the form under `root` still to be filled: 登记日期 and 登记人 come first
 * and filled (today, the person logged in), so a new record starts where the clerk's typing does.
 */
export function focusFirstField(root: ParentNode): void {
  const inputs = [...root.querySelectorAll<HTMLElement>('[data-path]')]
    .map(inputIn)
    .filter((input): input is HTMLElement => input !== null);
  const input = inputs.find(isBlank) ?? inputs[0];
  if (input) focusInput(input);
}

/**
 * Puts a field of the record's form in view with the cursor in it, where a reminder's work is done: a date box, or
 * for a child list (`list`: 实地查访) its “添加…” button, as a new entry is what is to be recorded. False when the field
 * is not on the page.
 */
export function goToField(key: string, list: boolean, root: ParentNode = document): boolean {
  const box = boxOf(key, root);
  if (!box) return false;
  const add = list
    ? [...box.querySelectorAll<HTMLElement>('button:not(:disabled)')].findLast((b) =>
        (b.textContent ?? '').startsWith('添加'),
      )
    : undefined;
  const input = add ?? inputIn(box);
  if (!input) return false;
  focusInput(input);
  return true;
}

/**
 * Adds an entry to a child list of the form (the 时间线's “添加评估” on a reminder: a new entry is what is to be
 * recorded), as its own “添加…” button does, which puts the cursor in the entry's first box.
 */
export function addEntry(key: string, root: ParentNode = document): boolean {
  if (!goToField(key, true, root)) return false;
  const add = document.activeElement;
  if (!(add instanceof HTMLButtonElement)) return false;
  add.click();
  return true;
}
