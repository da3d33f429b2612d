import { Button, Stack, Text } from '@mantine/core';
import { partyLegend, type FieldDef, type PartyData } from '../../../src-shared/registers';
import { emptyParty } from '../lib/formValues';
import { useFocusAfterRender } from '../lib/useFocusAfterRender';
import { PartyBlock } from './PartyBlock';

interface PartyListInputProps {
  field: FieldDef;
  parties: PartyData[];
  /** Error messages keyed by full path (`applicants.0.name`). */
  errorFor: (path: string) => string | undefined;
  onChange: (parties: PartyData[]) => void;
}

/** One or more party blocks (申请人 1, 申请人 2 …) with 添加 and 删除. */
export function PartyListInput({ field, parties, errorFor, onChange }: PartyListInputProps) {
  const { min, max } = field.party ?? { min: 0, max: 20 };
  const focusAfterRender = useFocusAfterRender();
  const partyErrors = (index: number) => {
    const keys = [
      'name',
      'sex',
      'ethnicity',
      'birth_date',
      'age',
      'occupation',
      'phone',
      'address',
      'id_number',
      'legal_rep',
    ];
    return Object.fromEntries(
      keys.flatMap((key) => {
        const message = errorFor(`${field.key}.${index}.${key}`);
        return message ? [[key, message]] : [];
      }),
    );
  };
  const listError = errorFor(field.key);
  return (
    <Stack gap="sm">
      {parties.map((party, index) => (
        <PartyBlock
          key={index}
          legend={partyLegend(field, index)}
          path={`${field.key}.${index}`}
          party={party}
          errors={partyErrors(index)}
          onChange={(next) => onChange(parties.map((p, i) => (i === index ? next : p)))}
          onRemove={parties.length > min ? () => onChange(parties.filter((_, i) => i !== index)) : undefined}
        />
      ))}
      {listError && (
        <Text c="red" size="sm">
          {listError}
        </Text>
      )}
      {parties.length < max && (
        <Button
          variant="light"
          onClick={() => {
            onChange([...parties, emptyParty()]);
            // The new party's 姓名, where the clerk goes on typing.
            focusAfterRender(`${field.key}.${parties.length}.name`);
          }}
          style={{ alignSelf: 'flex-start' }}
        >
          添加{field.label}
        </Button>
      )}
    </Stack>
  );
}
