import { expect, type Locator, type Page } from '@playwright/test';
import { inputFields, partyLegend, type FieldDef, type RegisterDef } from '../../../src-shared/registers';
import { SEED_SETTINGS } from '../fixtures';

// Filling a register's form the way a clerk does, driven by the register's definition (src-shared/registers/books).
// Text-like inputs are found by their label (which may carry Mantine's required asterisk); Mantine Select,
// MultiSelect and Autocomplete inputs are comboboxes named by their label, and their options are picked by clicking.

/** Where to look for an input: the whole page, or one 当事人 fieldset. */
export type Scope = Page | Locator;

/** A date every generated record uses for required dates with no initial value (before today, so no rule trips). */
export const SAMPLE_DATE = '2026-03-05';

/** A second person's name, for party blocks that are not the record's main name. */
export const OTHER_PERSON = '张建国';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Matches a field's label exactly, with or without the trailing required asterisk (“姓名 *”). */
export function labelPattern(label: string): RegExp {
  return new RegExp(`^\\s*${escapeRegExp(label)}\\s*\\*?\\s*$`);
}

/** A text, textarea, date, time, number, phone or 身份证号 input, by its label. */
export function textField(scope: Scope, label: string): Locator {
  return scope.getByLabel(labelPattern(label));
}

/** A Mantine Select / MultiSelect / Autocomplete input, by its label. */
export function comboField(scope: Scope, label: string): Locator {
  return scope.getByRole('combobox', { name: label, exact: true });
}

/** The 当事人 block of a party field is titled as the app titles it (申请人第1人, 来访人). */
export { partyLegend };

/** One 当事人 fieldset (a Mantine Fieldset with an aria-label), by its legend. */
export function partyBlock(page: Page, legend: string): Locator {
  return page.getByRole('group', { name: legend, exact: true });
}

/** How the committee select names SEED_SETTINGS' committee: `名称（简称）`. */
export function committeeOption(committee: { name: string; shortName: string } = SEED_SETTINGS.committees[0]!): string {
  return `${committee.name}（${committee.shortName}）`;
}

/** Open a single-choice combobox and click one option. */
export async function chooseOption(page: Page, scope: Scope, label: string, option: string): Promise<void> {
  const input = comboField(scope, label);
  await input.click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(input).toHaveValue(option);
}

/**
 * Open a MultiSelect, click each option, then close its dropdown. A MultiSelect that is not searchable renders its
 * combobox input collapsed inside the pill box (Mantine: `type="hidden"` when there is no placeholder), so a mouse
 * click lands on the box, not the input; open it from the keyboard instead, as a keyboard user does (↓ opens it).
 */
export async function chooseOptions(
  page: Page,
  scope: Scope,
  label: string,
  options: readonly string[],
): Promise<void> {
  const input = comboField(scope, label);
  await input.focus();
  await input.press('ArrowDown');
  for (const option of options) await page.getByRole('option', { name: option, exact: true }).click();
  await input.press('Escape');
  await expect(page.getByRole('listbox')).toHaveCount(0);
}

/** Type a name into an Autocomplete (本所工作人员) and pick the suggestion. */
export async function typeAndPick(page: Page, scope: Scope, label: string, name: string): Promise<void> {
  const input = comboField(scope, label);
  await input.fill(name);
  await page.getByRole('option', { name, exact: true }).click();
  await expect(input).toHaveValue(name);
}

/** What a clerk would plausibly enter in a field that needs a value. */
export function sampleValue(field: FieldDef): string | string[] {
  const firstOption = field.options?.[0]?.label ?? '';
  switch (field.type) {
    case 'committee':
      return committeeOption();
    case 'select':
      return firstOption;
    case 'multiselect':
      return [firstOption];
    case 'staff':
      return SEED_SETTINGS.staff[0]!.name;
    case 'date':
      return SAMPLE_DATE;
    case 'time':
      return '09:30';
    case 'int':
    case 'money':
      return '3';
    case 'phone':
      return '0513-84210000';
    case 'mediators':
    case 'parties':
    case 'bool':
    case 'idcard':
    case 'lines':
    case 'names':
    case 'entries':
      throw new Error(`${field.label}：没有为 ${field.type} 准备示例值`);
    case 'text':
    case 'textarea':
      return `${field.label}（示例）`.slice(0, field.max ?? 200);
  }
}

/** Fill one scalar field of the form by its definition. */
export async function fillField(page: Page, field: FieldDef, value: string | readonly string[]): Promise<void> {
  const one = typeof value === 'string' ? value : (value[0] ?? '');
  switch (field.type) {
    case 'select':
    case 'committee':
      return chooseOption(page, page, field.label, one);
    case 'multiselect':
    case 'mediators':
      return chooseOptions(page, page, field.label, typeof value === 'string' ? [value] : value);
    case 'staff':
      return typeAndPick(page, page, field.label, one);
    case 'bool': {
      const box = page.getByRole('checkbox', { name: field.label, exact: true });
      if (one === '是') await box.check();
      else await box.uncheck();
      return;
    }
    case 'parties':
      throw new Error(`${field.label} 是当事人信息块，请用 fillPartyName`);
    default: {
      const input = textField(page, field.label);
      await input.fill(one);
      await expect(input).toHaveValue(one);
    }
  }
}

/** Fill 姓名 in the index-th block of a party field. */
export async function fillPartyName(page: Page, field: FieldDef, index: number, name: string): Promise<void> {
  const input = textField(partyBlock(page, partyLegend(field, index)), '姓名');
  await input.fill(name);
  await expect(input).toHaveValue(name);
}

/**
 * The field a record is known by, where the test puts its distinctive name: the first listed, searchable party
 * block (来访人, 申请人 …), else the book's summary field when it is text, else its first listed, searchable text.
 */
export function primaryField(def: RegisterDef): FieldDef {
  const fields = inputFields(def);
  const party = fields.find((f) => f.type === 'parties' && f.list && f.search);
  if (party) return party;
  const summary = fields.find((f) => f.key === def.summaryField && (f.type === 'text' || f.type === 'textarea'));
  if (summary) return summary;
  const text = fields.find((f) => (f.type === 'text' || f.type === 'textarea') && f.list && f.search);
  if (!text) throw new Error(`${def.title}：找不到可放姓名的栏目`);
  return text;
}

/** Put `name` into the record's main field (see primaryField). */
export async function fillPrimary(page: Page, def: RegisterDef, name: string): Promise<void> {
  const field = primaryField(def);
  if (field.type === 'parties') await fillPartyName(page, field, 0, name);
  else await fillField(page, field, name);
}

/**
 * Fill every field the book needs before it can be saved: required fields without a default, and 姓名 in each
 * party block the form starts with. The main field gets `name`; everything else gets a sample value.
 */
export async function fillRequired(page: Page, def: RegisterDef, name: string): Promise<void> {
  const primary = primaryField(def);
  for (const field of inputFields(def)) {
    if (field.key === primary.key) await fillPrimary(page, def, name);
    else if (field.type === 'parties') await fillPartyName(page, field, 0, OTHER_PERSON);
    else if (field.required && field.initial === undefined) await fillField(page, field, sampleValue(field));
  }
}
