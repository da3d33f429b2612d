import { Button, Fieldset, Grid, Group, NumberInput, SegmentedControl, TextInput } from '@mantine/core';
import { ethnicities, sexes } from '../../../src-shared/codes';
import { ageOn, isValidDate } from '../../../src-shared/dates';
import { parseIdCard } from '../../../src-shared/idcard';
import type { PartyData } from '../../../src-shared/registers';
import { ChoiceSelect } from './ChoiceSelect';
import { DateField } from './DateField';

interface PartyBlockProps {
  legend: string;
  /** The block's dotted path (`applicants.1`): each box is marked with its field's path (lib/focusField.ts). */
  path: string;
  party: PartyData;
  /** Messages keyed by the party's own field names. */
  errors: Record<string, string>;
  onChange: (party: PartyData) => void;
  onRemove?: (() => void) | undefined;
}

const text = (v: string | null) => v ?? '';
const orNull = (v: string) => (v.trim() === '' ? null : v);

/** §10.1 当事人信息块: 姓名、性别、民族、年龄/出生日期、职业或职务、联系方式、单位或住址、身份证号. */
export function PartyBlock({ legend, path, party, errors, onChange, onRemove }: PartyBlockProps) {
  const isPerson = party.kind === '自然人';
  const set = (patch: Partial<PartyData>) => onChange({ ...party, ...patch });
  const box = (key: keyof PartyData) => ({ 'data-path': `${path}.${key}` });

  // A valid 身份证号 fills 出生日期, 性别 and 年龄 (GB 11643); an invalid one is reported by the schema.
  const setIdNumber = (raw: string) => {
    const id = raw.toUpperCase();
    const parsed = id.length === 18 ? parseIdCard(id) : null;
    if (parsed?.ok) set({ id_number: id, birth_date: parsed.birthDate, sex: parsed.sex, age: ageOn(parsed.birthDate) });
    else set({ id_number: orNull(id) });
  };

  return (
    <Fieldset legend={legend} aria-label={legend} data-party={legend} data-path={path}>
      <Group justify="space-between" mb="xs">
        <SegmentedControl
          size="xs"
          data={['自然人', '法人或其他组织']}
          value={party.kind}
          onChange={(kind) => set({ kind: kind as PartyData['kind'] })}
        />
        {onRemove && (
          <Button variant="subtle" color="red" size="xs" onClick={onRemove}>
            删除此人
          </Button>
        )}
      </Group>
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, sm: 4 }} {...box('name')}>
          <TextInput
            label={isPerson ? '姓名' : '名称'}
            withAsterisk
            value={party.name}
            error={errors['name']}
            onChange={(e) => set({ name: e.currentTarget.value })}
          />
        </Grid.Col>
        {isPerson ? (
          <>
            <Grid.Col span={{ base: 12, sm: 8 }} {...box('id_number')}>
              <TextInput
                label="身份证号"
                maxLength={18}
                value={text(party.id_number)}
                error={errors['id_number']}
                onChange={(e) => setIdNumber(e.currentTarget.value)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 2 }} {...box('sex')}>
              <ChoiceSelect
                label="性别"
                data={sexes.map((s) => s.value)}
                value={party.sex}
                error={errors['sex']}
                clearable
                onChange={(sex) => set({ sex })}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 2 }} {...box('ethnicity')}>
              <ChoiceSelect
                label="民族"
                data={ethnicities.map((s) => s.value)}
                value={party.ethnicity}
                searchable
                error={errors['ethnicity']}
                onChange={(ethnicity) => set({ ethnicity })}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 3 }} {...box('birth_date')}>
              <DateField
                label="出生日期"
                value={text(party.birth_date)}
                error={errors['birth_date']}
                onChange={(typed) => {
                  const birth = orNull(typed);
                  set({ birth_date: birth, age: birth && isValidDate(birth) ? ageOn(birth) : party.age });
                }}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 2 }} {...box('age')}>
              <NumberInput
                label="年龄"
                min={0}
                max={150}
                allowNegative={false}
                decimalScale={0}
                value={party.age ?? ''}
                error={errors['age']}
                disabled={party.birth_date !== null}
                onChange={(v) => set({ age: v === '' ? null : Number(v) })}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 3 }} {...box('occupation')}>
              <TextInput
                label="职业或职务"
                value={text(party.occupation)}
                error={errors['occupation']}
                onChange={(e) => set({ occupation: orNull(e.currentTarget.value) })}
              />
            </Grid.Col>
          </>
        ) : (
          <Grid.Col span={{ base: 12, sm: 8 }} {...box('legal_rep')}>
            <TextInput
              label="法定代表人"
              value={text(party.legal_rep)}
              error={errors['legal_rep']}
              onChange={(e) => set({ legal_rep: orNull(e.currentTarget.value) })}
            />
          </Grid.Col>
        )}
        <Grid.Col span={{ base: 12, sm: 4 }} {...box('phone')}>
          <TextInput
            label="联系方式"
            type="tel"
            value={text(party.phone)}
            error={errors['phone']}
            onChange={(e) => set({ phone: orNull(e.currentTarget.value) })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 8 }} {...box('address')}>
          <TextInput
            label="单位或住址"
            value={text(party.address)}
            error={errors['address']}
            onChange={(e) => set({ address: orNull(e.currentTarget.value) })}
          />
        </Grid.Col>
      </Grid>
    </Fieldset>
  );
}
