import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Card, SimpleGrid, Text, Title } from '@mantine/core';
import type { MonthTrend } from '../../../src-shared/home';
import { useApi } from '../lib/useApi';
import { Loaded } from './LoadState';

/** Distinct enough side by side in a stacked bar; series beyond these are already folded into 其他 by the core. */
const COLORS = ['blue.6', 'teal.6', 'orange.6', 'grape.6', 'yellow.6', 'gray.5', 'red.6', 'cyan.6'];

function TrendChart({ title, trend, testId }: { title: string; trend: MonthTrend; testId: string }) {
  const data = trend.months.map((m) => ({ month: m.label, ...m.counts }));
  const total = trend.months.reduce((sum, m) => sum + Object.values(m.counts).reduce((a, b) => a + b, 0), 0);
  return (
    <Card withBorder radius="md" data-testid={testId}>
      <Title order={5}>{title}</Title>
      <Text size="xs" c="dimmed" mb="sm">
        近十二个月，共 {total} 件
      </Text>
      <BarChart
        h={240}
        data={data}
        dataKey="month"
        type="stacked"
        withLegend
        legendProps={{ verticalAlign: 'bottom' }}
        tickLine="y"
        yAxisProps={{ allowDecimals: false }}
        // Every month labelled, the year where it starts: recharts would otherwise drop the 2026年1月 tick.
        xAxisProps={{ interval: 0, tick: { fontSize: 11 } }}
        series={trend.series.map((s, i) => ({ name: s.key, label: s.label, color: COLORS[i % COLORS.length]! }))}
      />
    </Card>
  );
}

/** 首页: 人民调解案件 by 纠纷类型 and 来信来访 by 方式, month by month for the last twelve months. */
export function TrendCharts() {
  const trends = useApi('home.trends', {});
  return (
    <Loaded state={trends}>
      {(data) => (
        <SimpleGrid cols={{ base: 1, lg: 2 }} aria-label="近十二个月趋势">
          <TrendChart title="人民调解案件（按纠纷类型）" trend={data.mediationByType} testId="trend-mediation" />
          <TrendChart title="来信来访（按方式）" trend={data.petitionsByMethod} testId="trend-petition" />
        </SimpleGrid>
      )}
    </Loaded>
  );
}
