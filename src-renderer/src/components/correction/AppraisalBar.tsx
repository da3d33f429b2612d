import { Alert, Anchor, Button, Card, Group, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { appraisalPerformance } from '../../../../src-shared/appraisalSummary';
import { addDays, todayIso } from '../../../../src-shared/dates';
import type { RecordRow } from '../../../../src-shared/handlers';
import { fieldDef, registerDef, type EntryData, type FieldDef } from '../../../../src-shared/registers';
import { errorMessage } from '../../lib/api';
import { goToField } from '../../lib/focusField';
import { emptyEntry } from '../../lib/formValues';
import { useLookups } from '../../lib/lookups';
import { saveEntries } from './saveEntries';

// 期满鉴定 (seeds 002 四(五)(17), CC-15): from thirty days before the term ends, 填写期满鉴定表 adds the record's 期满鉴定
// with its 矫正期间表现 written from the record; the office edits it in the form below.

const APPRAISAL = 'appraisal';
/** How long before 矫正终止日期 the 鉴定 is made. */
const DAYS_BEFORE_END = 30;

const list = (record: RecordRow, key: string) => (record.data[key] ?? []) as EntryData[];

export function AppraisalBar({ record, onSaved }: { record: RecordRow; onSaved: (saved: RecordRow) => void }) {
  const { lookups } = useLookups();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const field = fieldDef(registerDef(record.register), APPRAISAL) as FieldDef;
  const end = typeof record.data['end_date'] === 'string' ? record.data['end_date'] : null;
  const [made] = list(record, APPRAISAL);
  const today = todayIso();
  const from = end ? addDays(end, -DAYS_BEFORE_END) : null;

  const fill = async () => {
    setSaving(true);
    setError(null);
    try {
      const performance = appraisalPerformance({
        assessments: list(record, 'assessments'),
        approvals: list(record, 'approvals'),
        fieldVisits: list(record, 'field_visits'),
        grades: lookups.assessmentGrades,
      });
      const saved = await saveEntries(record, APPRAISAL, [{ ...emptyEntry(field, today), performance }]);
      notifications.show({ color: 'green', title: '已添加期满鉴定', message: '矫正期间表现已按记录写好，请核对修改' });
      onSaved(saved);
      // The form below is drawn anew from the saved record: the cursor goes to the 鉴定 once it is there.
      window.setTimeout(() => goToField(APPRAISAL, true), 0);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card withBorder radius="md" component="section" aria-label="期满鉴定">
      <Group justify="space-between">
        <Title order={4}>期满鉴定</Title>
        {made ? (
          <Group gap="xs">
            <Text size="sm">已填写（鉴定日期 {String(made['date'] ?? '')}）</Text>
            <Anchor component="button" type="button" size="sm" onClick={() => goToField(APPRAISAL, true)}>
              在登记表中修改
            </Anchor>
          </Group>
        ) : from !== null && today >= from ? (
          <Button size="xs" loading={saving} onClick={() => void fill()}>
            填写期满鉴定表
          </Button>
        ) : (
          <Text size="sm" c="dimmed">
            {from ? `矫正终止日期前30天（${from}）起可填写期满鉴定表` : '填写矫正终止日期后可填写期满鉴定表'}
          </Text>
        )}
      </Group>
      {error && (
        <Alert color="red" mt="sm">
          {error}
        </Alert>
      )}
    </Card>
  );
}
