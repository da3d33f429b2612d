import { Button, Group, Modal, Radio, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { holdsMaskedNumbers, NUMBER_CHOICE_TEXT, numberChoices, type NumberChoice } from '../../../src-shared/mask';
import type { RegisterDef } from '../../../src-shared/registers';
import { api, errorMessage } from '../lib/api';
import { deliver } from '../lib/download';
import { ChoiceSelect } from './ChoiceSelect';
import { DateField } from './DateField';

const thisYear = new Date().getFullYear();
const years = Array.from({ length: 12 }, (_, i) => String(thisYear - i));

/**
 * 导出登记簿: the whole book for a year, or for a date range, as a printable Excel book. A book holding 身份证号 or
 * phones asks whether to print them in full (the office's own record, the default) or masked (a copy for others).
 */
export function ExportBookButton({ def }: { def: RegisterDef }) {
  const [opened, setOpened] = useState(false);
  const [mode, setMode] = useState<'year' | 'range'>('year');
  const [year, setYear] = useState(String(thisYear));
  const [from, setFrom] = useState(`${thisYear}-01-01`);
  const [to, setTo] = useState(`${thisYear}-12-31`);
  const [busy, setBusy] = useState(false);
  const [numbers, setNumbers] = useState<NumberChoice>('full');
  const asksNumbers = holdsMaskedNumbers(def.fields);

  const exportBook = async () => {
    setBusy(true);
    try {
      const range = mode === 'year' ? { from: `${year}-01-01`, to: `${year}-12-31` } : { from, to };
      deliver(await api('registers.exportBook', { register: def.key, ...range, numbers }), def.title);
      setOpened(false);
    } catch (error) {
      notifications.show({ color: 'red', title: '未导出', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button variant="outline" onClick={() => setOpened(true)}>
        导出登记簿
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={`导出${def.title}`} centered>
        <Stack>
          <Text size="sm" c="dimmed">
            导出为可打印的 Excel 登记簿（A4 横向，每页重复表头；栏目多的分左右两页印）。
          </Text>
          <SegmentedControl
            data={[
              { value: 'year', label: '按年度' },
              { value: 'range', label: '按日期范围' },
            ]}
            value={mode}
            onChange={(v) => setMode(v as 'year' | 'range')}
          />
          {mode === 'year' ? (
            <ChoiceSelect label="年度" data={years} value={year} onChange={(v) => setYear(v ?? String(thisYear))} />
          ) : (
            <Group grow>
              <DateField label="起始日期" value={from} onChange={setFrom} />
              <DateField label="截止日期" value={to} onChange={setTo} />
            </Group>
          )}
          {asksNumbers && (
            <Radio.Group label="身份证号和电话号码" value={numbers} onChange={(v) => setNumbers(v as NumberChoice)}>
              <Stack gap="xs" mt={6}>
                {numberChoices.map((choice) => (
                  <Radio
                    key={choice}
                    value={choice}
                    label={NUMBER_CHOICE_TEXT[choice].label}
                    description={NUMBER_CHOICE_TEXT[choice].purpose}
                  />
                ))}
              </Stack>
              <Text size="xs" c="dimmed" mt={6}>
                选择哪一种会记入操作日志。
              </Text>
            </Radio.Group>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              取消
            </Button>
            <Button loading={busy} onClick={() => void exportBook()}>
              导出
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
