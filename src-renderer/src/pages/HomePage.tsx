import { Badge, Button, Card, Grid, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { BookCount, ReportStatus } from '../../../src-shared/handlers';
import { bookGroups, registers } from '../../../src-shared/registers';
import { Loaded } from '../components/LoadState';
import { QuotaCard } from '../components/QuotaCard';
import { RemindersPanel } from '../components/RemindersPanel';
import { TrendCharts } from '../components/TrendCharts';
import { formatDateTime } from '../lib/format';
import { useLookups } from '../lib/lookups';
import { navigate } from '../lib/router';
import { useApi } from '../lib/useApi';

/** Last month's return: sent or not, and how long until (or since) its deadline. */
function ReturnStatusCard({ status }: { status: ReportStatus }) {
  const deadline = `${Number(status.deadline.slice(5, 7))}月${Number(status.deadline.slice(8, 10))}日`;
  const exported = status.exportedAt !== null;
  const when =
    status.daysLeft > 0
      ? `还剩${status.daysLeft}天`
      : status.daysLeft === 0
        ? '今天截止'
        : `已逾期${-status.daysLeft}天`;
  return (
    <Card
      withBorder
      radius="md"
      bg={exported ? 'green.0' : status.daysLeft < 0 ? 'red.0' : 'yellow.0'}
      data-testid="return-status"
    >
      <Group justify="space-between">
        <div>
          <Text fw={600}>{status.label}月报</Text>
          <Text size="sm">
            {exported ? `已于${formatDateTime(status.exportedAt)}导出` : `尚未导出 · 截止${deadline}（${when}）`}
          </Text>
        </div>
        <Button variant={exported ? 'default' : 'filled'} onClick={() => navigate({ page: 'return' })}>
          {exported ? '查看月报' : '去做月报'}
        </Button>
      </Group>
    </Card>
  );
}

/**
 * 首页: the to-do list, the month's quotas, twelve months of trends, and this month's count for each of the nine books.
 */
export function HomePage() {
  const { officeName, lookups } = useLookups();
  const now = new Date();
  const year = now.getFullYear();
  const month = now.getMonth() + 1;
  const summary = useApi('home.summary', { year, month });
  const status = useApi('reports.status', {});
  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>{officeName || '司法所电子台账'}</Title>
        <Text c="dimmed">
          {year}年{month}月 · 本月登记情况
        </Text>
      </div>
      {/* 首次使用 has already asked for the office's name; committees and staff are what is left to fill in. First on
          the page: below the reminders it was out of sight at 1366×768. */}
      {lookups.committees.length === 0 && (
        <Card withBorder bg="yellow.0" aria-label="第一次使用">
          <Group justify="space-between">
            <Text>第一次使用：请先在“设置”中填写人民调解委员会和本所工作人员，登记人民调解案件时要用到。</Text>
            <Button onClick={() => navigate({ page: 'settings' })}>去设置</Button>
          </Group>
        </Card>
      )}
      <Loaded state={status}>{(s) => <ReturnStatusCard status={s} />}</Loaded>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <RemindersPanel />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <QuotaCard />
        </Grid.Col>
      </Grid>
      <TrendCharts />
      <Loaded state={summary}>{(r) => <BookCards counts={r.counts} />}</Loaded>
    </Stack>
  );
}

/** The nine books with this month's, this year's and the total count; a click opens the book. */
function BookCards({ counts }: { counts: BookCount[] }) {
  const countOf = (key: string) => counts.find((c) => c.register === key);
  return (
    <>
      {bookGroups.map((group) => (
        <Stack key={group} gap="sm">
          <Title order={4} c="dimmed">
            {group}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {registers
              .filter((r) => r.group === group)
              .map((def) => {
                const count = countOf(def.key);
                return (
                  <Card
                    key={def.key}
                    withBorder
                    radius="md"
                    padding="lg"
                    style={{ cursor: 'pointer' }}
                    onClick={() => navigate({ page: 'list', register: def.key })}
                    data-book={def.key}
                  >
                    <Group justify="space-between" align="flex-start">
                      <Text fw={600}>{def.title}</Text>
                      <Badge variant="light">本年 {count?.year ?? 0}</Badge>
                    </Group>
                    <Group align="baseline" gap={6} mt="md">
                      <Text fz={32} fw={700} c="blue.8" data-testid={`month-count-${def.key}`}>
                        {count?.month ?? 0}
                      </Text>
                      <Text c="dimmed">本月</Text>
                    </Group>
                    <Text size="xs" c="dimmed">
                      累计 {count?.total ?? 0} 条
                    </Text>
                  </Card>
                );
              })}
          </SimpleGrid>
        </Stack>
      ))}
    </>
  );
}
