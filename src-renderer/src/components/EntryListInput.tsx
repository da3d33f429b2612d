import { Button, Grid, Group, Paper, Stack, Text } from '@mantine/core';
import type { Lookups } from '../../../src-shared/handlers';
import { todayIso } from '../../../src-shared/dates';
import { isShownOn, type FieldDef } from '../../../src-shared/registers';
import { emptyEntry, type FormEntry, type FormValues } from '../lib/formValues';
import { useFocusAfterRender } from '../lib/useFocusAfterRender';
import { FieldInput } from './FieldInput';
import { fieldSpan } from './layout';

interface EntryListInputProps {
  field: FieldDef;
  entries: FormEntry[];
  /** The record the list belongs to: an entry's field may be picked from its values (choicesFrom). */
  record: FormValues;
  lookups: Lookups;
  errorFor: (path: string) => string | undefined;
  onChange: (entries: FormEntry[]) => void;
}

/** A child list of a record (调查记录, 调解记录, 实地查访): each item a small form built from the entry's fields. */
export function EntryListInput({ field, entries, record, lookups, errorFor, onChange }: EntryListInputProps) {
  const fields = field.entry?.fields ?? [];
  const focusAfterRender = useFocusAfterRender();
  const choicesOf = (sub: FieldDef) => {
    const source = sub.choicesFrom === undefined ? undefined : record[sub.choicesFrom];
    return Array.isArray(source) ? (source as string[]) : undefined;
  };
  const setEntry = (index: number, key: string, value: FormEntry[string]) =>
    onChange(entries.map((entry, i) => (i === index ? { ...entry, [key]: value } : entry)));
  return (
    <Stack gap="sm">
      {entries.length === 0 && (
        <Text size="sm" c="dimmed">
          还没有{field.label}
        </Text>
      )}
      {entries.map((entry, index) => (
        <Paper
          key={index}
          withBorder
          p="sm"
          radius="sm"
          bg="gray.0"
          aria-label={`${field.label}第${index + 1}条`}
          component="fieldset"
          data-path={`${field.key}.${index}`}
        >
          <Group justify="space-between" mb="xs">
            <Text fw={600}>
              {field.label}（{index + 1}）
            </Text>
            <Button
              variant="subtle"
              color="red"
              size="xs"
              onClick={() => onChange(entries.filter((_, i) => i !== index))}
            >
              删除此条
            </Button>
          </Group>
          <Grid gap="sm">
            {fields
              .filter((sub) => isShownOn(sub, entry))
              .map((sub) => (
                <Grid.Col
                  key={sub.key}
                  span={{ base: 12, sm: 6, md: fieldSpan(sub) }}
                  data-path={`${field.key}.${index}.${sub.key}`}
                >
                  <FieldInput
                    field={sub}
                    value={entry[sub.key] ?? null}
                    error={errorFor(`${field.key}.${index}.${sub.key}`)}
                    lookups={lookups}
                    choices={choicesOf(sub)}
                    onChange={(value) => setEntry(index, sub.key, value as FormEntry[string])}
                  />
                </Grid.Col>
              ))}
          </Grid>
        </Paper>
      ))}
      {errorFor(field.key) && (
        <Text c="red" size="sm">
          {errorFor(field.key)}
        </Text>
      )}
      <Button
        variant="light"
        style={{ alignSelf: 'flex-start' }}
        onClick={() => {
          onChange([...entries, emptyEntry(field, todayIso())]);
          // The new entry's first field, where the clerk goes on typing.
          focusAfterRender(`${field.key}.${entries.length}`);
        }}
      >
        添加{field.label}
      </Button>
    </Stack>
  );
}
