import { Alert, Button, Grid, Group, Modal, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { approvalTypeDefs, approvalTypes, type ApprovalType } from '../../../../src-shared/correctionApprovals';
import { noticeEnd } from '../../../../src-shared/noticePeriod';
import { isShownOn, type FieldDef } from '../../../../src-shared/registers';
import { WorkCalendar } from '../../../../src-shared/workdays';
import { useApi } from '../../lib/useApi';
import { useLeaveGuard } from '../../lib/leaveGuard';
import type { FormEntry } from '../../lib/formValues';
import { useLookups } from '../../lib/lookups';
import { FieldInput } from '../FieldInput';
import { fieldSpan } from '../layout';

// One 审批事项 in a dialog: its 类型 first, then the fields that type's form asks for, named as that form names them
// (外出事由, 迁入地址 …); a 奖惩's 依据 is filled from the 实施办法 as the type is chosen.

const asType = (v: unknown): ApprovalType | null =>
  approvalTypes.includes(v as ApprovalType) ? (v as ApprovalType) : null;

/** The field as this type's form names it. */
function labelled(field: FieldDef, type: ApprovalType | null): FieldDef {
  const label = type ? approvalTypeDefs[type].labels?.[field.key as keyof ApprovalTypeLabels] : undefined;
  return label ? { ...field, label } : field;
}
type ApprovalTypeLabels = NonNullable<(typeof approvalTypeDefs)[ApprovalType]['labels']>;

export function ApprovalEditor({
  fields,
  initial,
  title,
  errors,
  saving,
  onSave,
  onClose,
}: {
  fields: readonly FieldDef[];
  initial: FormEntry;
  title: string;
  errors: { message: string; fields: Record<string, string> } | null;
  saving: boolean;
  onSave: (entry: FormEntry) => void;
  onClose: () => void;
}) {
  const { lookups } = useLookups();
  const [entry, setEntry] = useState<FormEntry>(initial);
  const dirty = JSON.stringify(entry) !== JSON.stringify(initial);
  useLeaveGuard(dirty, title);
  const type = asType(entry['type']);
  // 公示结束日期 follows 公示开始日期 by the office's holiday calendar, as the core fills it on saving (noticePeriod.ts),
  // so the clerk sees it at once; one typed by hand is kept.
  const calendarYears = useApi('calendar.get', {}).data?.years;
  const calendar = useMemo(
    () =>
      calendarYears &&
      new WorkCalendar({
        years: Object.fromEntries(
          calendarYears.map((y) => [String(y.year), { holidays: y.holidays, workdays: y.workdays }]),
        ),
      }),
    [calendarYears],
  );
  const endOf = (start: unknown) =>
    calendar && typeof start === 'string' && start !== '' ? noticeEnd(calendar, start) : null;
  const set = (key: string, value: FormEntry[string]) => {
    const next = { ...entry, [key]: value };
    if (key === 'notice_start' && (!entry['notice_end'] || entry['notice_end'] === endOf(entry['notice_start'])))
      next['notice_end'] = endOf(value);
    const chosen = key === 'type' ? asType(value) : null;
    const basis = chosen ? approvalTypeDefs[chosen].basis : undefined;
    if (basis && !entry['legal_basis']) next['legal_basis'] = basis;
    setEntry(next);
  };
  const shown = fields.filter((f) => (f.key === 'type' || type !== null) && isShownOn(f, entry));
  return (
    <Modal opened onClose={onClose} title={title} size="xl" closeOnClickOutside={!dirty}>
      <form
        aria-label={title}
        onSubmit={(e) => {
          e.preventDefault();
          onSave(entry);
        }}
      >
        <Grid gap="sm">
          {shown.map((f) => (
            <Grid.Col key={f.key} span={{ base: 12, sm: 6, md: fieldSpan(f) }} data-path={`approval.${f.key}`}>
              <FieldInput
                field={labelled(f, type)}
                value={entry[f.key] ?? null}
                error={errors?.fields[f.key]}
                lookups={lookups}
                onChange={(v) => set(f.key, v as FormEntry[string])}
              />
            </Grid.Col>
          ))}
        </Grid>
        {typeof entry['notice_start'] === 'string' &&
          entry['notice_start'] !== '' &&
          calendar &&
          !endOf(entry['notice_start']) && (
            <Text size="sm" c="orange" mt="sm">
              节假日安排中还没有{entry['notice_start'].slice(0, 4)}年，公示结束日期算不出来：请在“设置 ›
              节假日安排”中补上该年，或直接填写。
            </Text>
          )}
        {type === null && (
          <Text size="sm" c="dimmed" mt="sm">
            先选择事项类型，再填写该类审批表要求的内容。
          </Text>
        )}
        {errors && (
          <Alert color="red" mt="md">
            {errors.message}
          </Alert>
        )}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          <Button type="submit" loading={saving} disabled={type === null}>
            保存
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
