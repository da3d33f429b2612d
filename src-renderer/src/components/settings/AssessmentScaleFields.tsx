import { Button, Stack, TagsInput, Text, Title } from '@mantine/core';
import { DEFAULT_ASSESSMENT_SCALE } from '../../../../src-shared/assessmentScale';
import { ChoiceMultiSelect } from '../ChoiceSelect';
import type { SettingsFieldsProps } from './SettingsFields';

// 月度考核结果: the grades the office gives in its monthly 考核 (the 考核 page and the record's 考核结果 offer them) and
// which of them count as 不合格 in the monthly return.

/** The first message of the scale's errors (its paths are assessmentScale.grades, assessmentScale.failing.0 …). */
function scaleError(errors: Record<string, string>, part: 'grades' | 'failing'): string | undefined {
  const prefix = `assessmentScale.${part}`;
  return Object.entries(errors).find(([path]) => path === prefix || path.startsWith(`${prefix}.`))?.[1];
}

export function AssessmentScaleFields({ draft, errors, patch }: SettingsFieldsProps) {
  const scale = draft.assessmentScale;
  return (
    <Stack gap="sm" role="group" aria-label="月度考核结果">
      <Title order={4}>月度考核结果</Title>
      <Text size="sm" c="dimmed">
        社区矫正对象每月考核时可选的考核结果，以及其中哪些在月报中计为“不合格”。手册为合格、基本合格、不合格，可按本县要求修改。
      </Text>
      <TagsInput
        label="考核结果"
        description="输入一个结果后按回车；顺序即选择时的顺序"
        value={scale.grades}
        error={scaleError(errors, 'grades')}
        onChange={(grades) =>
          patch({ assessmentScale: { grades, failing: scale.failing.filter((g) => grades.includes(g)) } })
        }
        maw={520}
      />
      <ChoiceMultiSelect
        label="计为不合格的考核结果"
        data={scale.grades}
        value={scale.failing}
        error={scaleError(errors, 'failing')}
        onChange={(failing) => patch({ assessmentScale: { ...scale, failing } })}
        maw={520}
      />
      <Button
        variant="subtle"
        size="xs"
        style={{ alignSelf: 'flex-start' }}
        onClick={() => patch({ assessmentScale: structuredClone(DEFAULT_ASSESSMENT_SCALE) })}
      >
        恢复手册默认
      </Button>
    </Stack>
  );
}
