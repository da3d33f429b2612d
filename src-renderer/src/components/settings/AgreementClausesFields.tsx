import { Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import {
  agreementParties,
  DEFAULT_AGREEMENT_CLAUSES,
  MAX_CLAUSES,
  type AgreementParty,
} from '../../../../src-shared/resettlementClauses';
import { useFocusAfterRender } from '../../lib/useFocusAfterRender';
import type { SettingsFieldsProps } from './SettingsFields';

// 文书: the 帮教协议书's clauses, what each of the four parties undertakes, numbered 1．2．3． as printed. Every action
// is a button or a text box in reading order, so the tab key reaches each, and a clause just added takes the cursor.

export function AgreementClausesFields({ draft, errors, patch }: SettingsFieldsProps) {
  const focusAfterRender = useFocusAfterRender();
  const clauses = draft.resettlementClauses;
  const set = (party: AgreementParty, list: string[]) => patch({ resettlementClauses: { ...clauses, [party]: list } });
  return (
    <Stack gap="lg">
      <div>
        <Title order={4}>帮教协议书条款</Title>
        <Text size="sm" c="dimmed">
          生成《帮教协议书》时按这里的条款分方列出，每方最多{MAX_CLAUSES}
          条。默认条款取自安置帮教工作手册，可按本所实际修改。
        </Text>
        <Button
          variant="subtle"
          size="xs"
          mt="xs"
          onClick={() => patch({ resettlementClauses: structuredClone(DEFAULT_AGREEMENT_CLAUSES) })}
        >
          恢复手册默认条款
        </Button>
      </div>
      {agreementParties.map(({ key, label }) => {
        const list = clauses[key];
        const pathOf = (i: number) => `resettlementClauses.${key}.${i}`;
        return (
          <Stack key={key} gap="xs" role="group" aria-label={`${label}应当做到`}>
            <Text fw={500}>{label}应当做到：</Text>
            {list.map((clause, i) => (
              <Group key={i} align="flex-start" wrap="nowrap" data-path={pathOf(i)}>
                <Textarea
                  aria-label={`${label}第${i + 1}条`}
                  leftSection={<Text size="sm">{i + 1}．</Text>}
                  autosize
                  minRows={1}
                  style={{ flex: 1 }}
                  value={clause}
                  error={errors[pathOf(i)]}
                  onChange={(e) =>
                    set(
                      key,
                      list.map((c, j) => (j === i ? e.currentTarget.value : c)),
                    )
                  }
                />
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  aria-label={`删除${label}第${i + 1}条`}
                  onClick={() => {
                    set(
                      key,
                      list.filter((_, j) => j !== i),
                    );
                    // The cursor stays in the list: on the clause now in this place, else the one before it.
                    if (list.length > 1) focusAfterRender(pathOf(Math.min(i, list.length - 2)));
                  }}
                >
                  删除
                </Button>
              </Group>
            ))}
            {errors[`resettlementClauses.${key}`] && (
              <Text c="red" size="sm">
                {errors[`resettlementClauses.${key}`]}
              </Text>
            )}
            <Button
              variant="light"
              size="xs"
              style={{ alignSelf: 'flex-start' }}
              disabled={list.length >= MAX_CLAUSES}
              onClick={() => {
                set(key, [...list, '']);
                focusAfterRender(pathOf(list.length));
              }}
            >
              为{label}添加一条
            </Button>
          </Stack>
        );
      })}
    </Stack>
  );
}
