import { Badge, ColorSwatch } from '@mantine/core';
import type { CodeOption } from '../../../src-shared/codes';

// The 三色预警 of the 安置帮教 roster (社会适应指数 低 红, 中 黄, 高 绿; 重点 in orange): an option that carries a warning
// is shown in its colour, its meaning said in words beside the colour for whoever cannot tell the colours apart.

type Warning = NonNullable<CodeOption['warning']>;

/** The option as a coloured badge, its meaning as the badge's title and accessible name. */
export function WarningBadge({ warning, label }: { warning: Warning; label: string }) {
  return (
    <Badge
      color={warning.color}
      variant="filled"
      autoContrast
      radius="sm"
      title={warning.meaning}
      aria-label={`${label}（${warning.meaning}）`}
      data-warning={warning.color}
    >
      {label}
    </Badge>
  );
}

/** A swatch of the option's colour, for the pick list of the form. */
export function WarningSwatch({ warning }: { warning: Warning }) {
  return (
    <ColorSwatch
      color={`var(--mantine-color-${warning.color}-filled)`}
      size={14}
      title={warning.meaning}
      aria-label={warning.meaning}
      data-warning={warning.color}
    />
  );
}
