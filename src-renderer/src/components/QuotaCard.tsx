import { Anchor, Badge, Button, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import type { Quota, QuotaPeriod } from '../../../src-shared/home';
import { navigate, routeHref } from '../lib/router';
import { useApi } from '../lib/useApi';
import { Loaded } from './LoadState';

const PERIOD_LOOK: Record<QuotaPeriod['state'], { color: string; mark: (p: QuotaPeriod, needed: number) => string }> = {
  done: { color: 'green', mark: () => '✓' },
  missed: { color: 'red', mark: (p, needed) => `✗ ${p.have}/${needed}` },
  open: { color: 'yellow', mark: (p, needed) => `${p.have}/${needed}` },
  upcoming: { color: 'gray', mark: () => '—' },
};

function QuotaRow({ quota }: { quota: Quota }) {
  const single = quota.periods.length === 1 ? quota.periods[0] : undefined;
  return (
    <Stack gap={4} data-quota={quota.ruleCode}>
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs">
          <Anchor fw={600} href={routeHref({ page: 'list', register: quota.register })}>
            {quota.name}
          </Anchor>
          {single ? (
            <Text fw={700} data-testid={`quota-${quota.ruleCode}`} c={single.state === 'done' ? 'green.8' : undefined}>
              {single.have}/{quota.needed}
            </Text>
          ) : (
            quota.periods.map((p) => (
              <Badge
                key={p.label}
                variant="light"
                color={PERIOD_LOOK[p.state].color}
                data-testid={`quota-${quota.ruleCode}-${p.label}`}
              >
                {p.label}
                {PERIOD_LOOK[p.state].mark(p, quota.needed)}
              </Badge>
            ))
          )}
        </Group>
        <Button
          size="compact-xs"
          variant="subtle"
          onClick={() => navigate({ page: 'record', register: quota.register, id: null })}
        >
          登记
        </Button>
      </Group>
      {single && (
        <Progress
          value={Math.min(100, (single.have / quota.needed) * 100)}
          color={PERIOD_LOOK[single.state].color}
          size="sm"
        />
      )}
      <Text size="xs" c="dimmed">
        每{quota.periods.length > 1 ? '半月' : '月'}至少登记{quota.needed}条
      </Text>
    </Stack>
  );
}

/** 首页: this month's 典型案例, 工作信息 and 排查 against the targets of their rules (设置 → 期限规则). */
export function QuotaCard() {
  const quotas = useApi('home.quotas', {});
  return (
    <Loaded state={quotas}>
      {(data) =>
        data.quotas.length > 0 && (
          <Card withBorder radius="md" aria-label="本月任务">
            <Title order={4} mb="sm">
              {data.month}月任务完成情况
            </Title>
            <Stack gap="md">
              {data.quotas.map((q) => (
                <QuotaRow key={q.ruleCode} quota={q} />
              ))}
            </Stack>
          </Card>
        )
      }
    </Loaded>
  );
}
