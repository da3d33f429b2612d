import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useId } from 'react';
import type { FieldDef } from '../../../src-shared/registers';
import { useFocusAfterRender } from '../lib/useFocusAfterRender';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 一、二、……二十、二十一 as the agreement prints them. */
export function chineseOrdinal(n: number): string {
  if (n <= 10) return NUMERALS[n - 1] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : NUMERALS[tens - 1]}十${ones ? NUMERALS[ones - 1] : ''}`;
}

interface LinesInputProps {
  field: FieldDef;
  lines: string[];
  error?: string | undefined;
  onChange: (lines: string[]) => void;
}

/** An ordered list of paragraphs (协议条款): one box per item, numbered as printed. */
export function LinesInput({ field, lines, error, onChange }: LinesInputProps) {
  const labelId = useId();
  const focusAfterRender = useFocusAfterRender();
  return (
    // A group named by the label, so the field is found by its name even before it has a line.
    <Stack gap="xs" data-field={field.key} role="group" aria-labelledby={labelId}>
      <Text fw={500} size="sm" id={labelId}>
        {field.label}
      </Text>
      {field.hint && (
        <Text size="xs" c="dimmed">
          {field.hint}
        </Text>
      )}
      {lines.map((line, index) => (
        <Group key={index} align="flex-start" wrap="nowrap" data-path={`${field.key}.${index}`}>
          <Textarea
            aria-label={`${field.label}第${index + 1}条`}
            leftSection={<Text size="sm">{chineseOrdinal(index + 1)}、</Text>}
            leftSectionWidth={48}
            autosize
            minRows={1}
            style={{ flex: 1 }}
            value={line}
            onChange={(e) => onChange(lines.map((l, i) => (i === index ? e.currentTarget.value : l)))}
          />
          <Button variant="subtle" color="red" size="xs" onClick={() => onChange(lines.filter((_, i) => i !== index))}>
            删除
          </Button>
        </Group>
      ))}
      {error && (
        <Text c="red" size="sm">
          {error}
        </Text>
      )}
      <Button
        variant="light"
        size="xs"
        style={{ alignSelf: 'flex-start' }}
        onClick={() => {
          onChange([...lines, '']);
          focusAfterRender(`${field.key}.${lines.length}`);
        }}
      >
        添加一条
      </Button>
    </Stack>
  );
}
