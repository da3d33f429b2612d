import { Button, Checkbox, Group, NumberInput, Paper, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import {
  CUSTOM_RULE_PREFIX,
  customRuleSubjectLabels,
  customRuleSubjects,
  triggerChoices,
  type CustomRuleSubject,
} from '../../../src-shared/customRules';
import { subjectEventTypes } from '../../../src-shared/events';
import type { ApiInput } from '../../../src-shared/handlers';
import { ruleUnits, type RuleUnit, type StoredRule } from '../../../src-shared/rules';
import { ApiFailure, api, errorMessage } from '../lib/api';
import { ChoiceSelect } from './ChoiceSelect';

type Draft = ApiInput<'rules.create'>;

/** The next free 本所-NN among the office's rules. */
function nextCode(existing: readonly StoredRule[]): string {
  const used = new Set(existing.map((r) => r.code));
  let n = 1;
  while (used.has(`${CUSTOM_RULE_PREFIX}${String(n).padStart(2, '0')}`)) n++;
  return `${CUSTOM_RULE_PREFIX}${String(n).padStart(2, '0')}`;
}

const subjectOptions = customRuleSubjects.map((value) => ({ value, label: customRuleSubjectLabels[value] }));

/** 新增规则: what starts the clock, how long, what to do, and which recorded event closes it. */
export function NewRuleForm({
  existing,
  onCreated,
  onCancel,
}: {
  existing: readonly StoredRule[];
  onCreated: (rule: StoredRule) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<Draft>(() => ({
    code: nextCode(existing),
    subject: 'correctionSubject',
    trigger: '',
    offset: 5,
    unit: '工作日',
    task: '',
    doneBy: '',
    basis: '',
    enabled: true,
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const patch = (p: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...p }));
    // A field's message goes once the clerk changes that field.
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([key]) => !(key in p))));
  };

  const submit = async () => {
    setSaving(true);
    try {
      const rule = await api('rules.create', draft);
      notifications.show({ color: 'green', title: '已新增', message: `规则 ${rule.code} 已新增，提醒随之更新` });
      onCreated(rule);
    } catch (e) {
      if (e instanceof ApiFailure) setErrors(e.error.fields ?? {});
      notifications.show({ color: 'red', title: '未保存', message: errorMessage(e) });
    } finally {
      setSaving(false);
    }
  };

  const subject = draft.subject as CustomRuleSubject;
  return (
    <Paper withBorder p="md" radius="md" mt="sm" aria-label="新增规则">
      <Title order={5} mb="xs">
        新增规则
      </Title>
      <Stack gap="xs">
        <Group grow align="flex-start">
          <TextInput
            label="规则编号"
            withAsterisk
            description={`以“${CUSTOM_RULE_PREFIX}”开头`}
            value={draft.code}
            error={errors['code']}
            onChange={(e) => patch({ code: e.currentTarget.value })}
          />
          <ChoiceSelect
            label="适用对象"
            withAsterisk
            data={subjectOptions}
            value={draft.subject}
            error={errors['subject']}
            allowDeselect={false}
            // The events and dates to pick from belong to the subject: a change of subject clears them.
            onChange={(v) => v && patch({ subject: v as CustomRuleSubject, trigger: '', doneBy: '' })}
          />
          <ChoiceSelect
            label="触发（事件或日期）"
            withAsterisk
            searchable
            data={triggerChoices(subject).map(({ value, label }) => ({ value, label }))}
            value={draft.trigger || null}
            error={errors['trigger']}
            onChange={(v) => patch({ trigger: v ?? '' })}
          />
        </Group>
        <Group grow align="flex-start">
          <NumberInput
            label="期限"
            withAsterisk
            allowDecimal={false}
            description="负数表示之前，如期满前30日"
            value={draft.offset}
            error={errors['offset']}
            onChange={(v) => patch({ offset: Number(v) || 0 })}
          />
          <ChoiceSelect
            label="单位"
            withAsterisk
            data={[...ruleUnits]}
            value={draft.unit}
            error={errors['unit']}
            allowDeselect={false}
            onChange={(v) => v && patch({ unit: v as RuleUnit })}
          />
          <ChoiceSelect
            label="完成事件"
            withAsterisk
            searchable
            description="记录该事件后提醒消失"
            data={[...subjectEventTypes[subject]]}
            value={draft.doneBy || null}
            error={errors['doneBy']}
            onChange={(v) => patch({ doneBy: v ?? '' })}
          />
        </Group>
        <TextInput
          label="要做的事"
          withAsterisk
          value={draft.task}
          error={errors['task']}
          onChange={(e) => patch({ task: e.currentTarget.value })}
        />
        <Textarea
          label="依据"
          withAsterisk
          description="文件名称、条款或原文要点"
          autosize
          minRows={2}
          value={draft.basis}
          error={errors['basis']}
          onChange={(e) => patch({ basis: e.currentTarget.value })}
        />
        <Checkbox label="启用" checked={draft.enabled} onChange={(e) => patch({ enabled: e.currentTarget.checked })} />
        <Group>
          <Button loading={saving} onClick={() => void submit()}>
            保存新规则
          </Button>
          <Button variant="subtle" onClick={onCancel}>
            取消
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
