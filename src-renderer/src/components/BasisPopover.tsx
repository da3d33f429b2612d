import { Button, Popover, Stack, Text } from '@mantine/core';
import type { Reminder } from '../../../src-shared/rules';

/**
 * 依据: the rule number, how the date was counted and the legal basis of one reminder, behind a button so the
 * reminder's own line stays plain words. A button, so Tab reaches it and Enter / Space opens it; Esc closes it.
 */
export function BasisPopover({ reminder }: { reminder: Reminder }) {
  return (
    <Popover width={360} position="bottom-end" withArrow shadow="md" trapFocus returnFocus>
      <Popover.Target>
        <Button variant="subtle" size="compact-xs" className="no-print" aria-label={`依据（${reminder.task}）`}>
          依据
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap={4} aria-label="期限依据">
          <Text size="sm">规则编号：{reminder.ruleCode}</Text>
          <Text size="sm">期限计算：{reminder.explanation}</Text>
          <Text size="sm">依据：{reminder.basis}</Text>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
