import { Group, Paper, Text, UnstyledButton } from '@mantine/core';
import { useMemo, useRef, type KeyboardEvent } from 'react';
import type { RegisterDef } from '../../../src-shared/registers';
import {
  INDEX_MIN_SECTIONS,
  sectionAnchor,
  sectionProgress,
  sectionStateLabels,
  type SectionState,
} from '../lib/formSections';
import type { FormValues } from '../lib/formValues';
import { useActiveSection } from '../lib/useActiveSection';

/** The app's header (AppShell) the index sticks under. */
const HEADER_HEIGHT = 56;
/** The index's own height: sections and fields scrolled to stop below it (scroll-padding-top in global.css). */
export const SECTION_INDEX_HEIGHT = 52;
/** The line a section is read as current from; global.css's scroll-padding-top on a form with the index. */
const SECTION_SCROLL_MARGIN = HEADER_HEIGHT + SECTION_INDEX_HEIGHT + 8;

/** What makes a section of the form a target of the index: its id, focusable by script. */
export function sectionTarget(def: RegisterDef, section: string) {
  // Where it stops when jumped to: the page's scroll padding under the header and this index (global.css).
  return { id: sectionAnchor(def, section), tabIndex: -1 };
}

const stateColor: Record<SectionState, string> = {
  done: 'green.8',
  incomplete: 'red.7',
  due: 'orange.8',
  ahead: 'gray.6',
  skipped: 'gray.6',
  empty: 'gray.6',
};

/**
 * Scrolls to a section of the form and moves the focus there (the section itself, as a skip link does: the next Tab is
 * its first input, and a pick list there does not open by itself over the fields below it).
 */
function jumpTo(id: string) {
  const section = document.getElementById(id);
  if (!section) return;
  section.scrollIntoView({ block: 'start' });
  section.focus({ preventScroll: true });
}

/**
 * A strip at the top of a long form, staying in view: each section (the stages of a mediation case) with whether it
 * is filled (✓), still to fill (待填) or not reached (未到); a click, or Enter on it, jumps there; ←/→ move along it.
 * Shown when the book's form has more than INDEX_MIN_SECTIONS sections.
 */
export function SectionIndex({
  def,
  values,
  errors,
}: {
  def: RegisterDef;
  values: FormValues;
  errors: Readonly<Record<string, string>>;
}) {
  const progress = useMemo(() => sectionProgress(def, values, errors), [def, values, errors]);
  const ids = useMemo(() => progress.map((s) => sectionAnchor(def, s.name)), [def, progress]);
  const active = useActiveSection(ids, SECTION_SCROLL_MARGIN);
  const strip = useRef<HTMLDivElement>(null);
  if (progress.length <= INDEX_MIN_SECTIONS) return null;

  const move = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = { ArrowRight: 1, ArrowLeft: -1, Home: -index, End: progress.length - 1 - index }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const buttons = strip.current?.querySelectorAll<HTMLButtonElement>('button');
    buttons?.[(index + step + progress.length) % progress.length]?.focus();
  };

  return (
    <Paper
      component="nav"
      aria-label="表单目录"
      withBorder
      radius="md"
      px="xs"
      pos="sticky"
      top={HEADER_HEIGHT}
      h={SECTION_INDEX_HEIGHT}
      style={{ zIndex: 3, display: 'flex', alignItems: 'center', overflowX: 'auto' }}
      className="section-index"
    >
      <Group ref={strip} gap={4} wrap="nowrap">
        {progress.map((section, index) => {
          const id = ids[index]!;
          const current = id === active;
          const label = sectionStateLabels[section.state];
          return (
            <UnstyledButton
              key={section.name}
              onClick={() => jumpTo(id)}
              onKeyDown={(event) => move(event, index)}
              aria-current={current ? 'location' : undefined}
              aria-label={`${section.name}：${label}`}
              data-state={section.state}
              px={10}
              py={4}
              style={{
                borderRadius: 6,
                whiteSpace: 'nowrap',
                background: current ? 'var(--mantine-color-blue-0)' : undefined,
                boxShadow: current ? 'inset 0 -3px 0 var(--mantine-color-blue-7)' : undefined,
              }}
            >
              <Text span size="sm" fw={current ? 700 : 500} c={current ? 'blue.9' : undefined}>
                {section.isStage ? `${index + 1}. ` : ''}
                {section.name}
              </Text>{' '}
              <Text span size="xs" fw={600} c={stateColor[section.state]}>
                {section.state === 'done' ? '✓' : label}
              </Text>
            </UnstyledButton>
          );
        })}
      </Group>
    </Paper>
  );
}
