import {
  Alert,
  Anchor,
  Autocomplete,
  Button,
  Checkbox,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { monthsAfter, parseDate, todayIso } from '../../../src-shared/dates';
import type { ReportPeriod, ReturnCheck } from '../../../src-shared/reports';
import { RETURN_NAMES } from '../../../src-shared/returnSheets';
import { LoadStatus } from '../components/LoadState';
import { ReturnFigures } from '../components/ReturnFigures';
import { api, errorMessage } from '../lib/api';
import { deliver } from '../lib/download';
import { useAuth } from '../lib/auth';
import { staffNames, useLookups } from '../lib/lookups';
import { routeHref, type Route } from '../lib/router';
import { useApi } from '../lib/useApi';
import { ChoiceSelect } from '../components/ChoiceSelect';

/** Where a check's next step is: the book to register in or correct (the others are about the listed cases). */
const CHECK_LINKS: Partial<Record<string, { route: Route; label: string }>> = {
  typicalCaseQuota: { route: { page: 'record', register: 'typicalCase', id: null }, label: '去登记典型案例' },
  correctionStateStale: { route: { page: 'list', register: 'correctionSubject' }, label: '去社区矫正对象名册核对' },
  resettlementStateStale: { route: { page: 'list', register: 'resettlement' }, label: '去安置帮教对象花名册核对' },
};
const CASES_LINK = { route: { page: 'list', register: 'mediationCase' } as Route, label: '去人民调解收结案登记簿核对' };

function CheckLink({ check }: { check: ReturnCheck }) {
  const link = CHECK_LINKS[check.rule] ?? (check.caseNos?.length ? CASES_LINK : null);
  return link ? (
    <Anchor size="sm" href={routeHref(link.route)}>
      {link.label}
    </Anchor>
  ) : null;
}

const thisMonth = parseDate(todayIso());
const lastMonth = monthsAfter(thisMonth.year, thisMonth.month, -1);
const years = Array.from({ length: 11 }, (_, i) => String(thisMonth.year - i));

/** 月报: choose the period, see the return and its checks, then export the workbook. */
export function MonthlyReturnPage() {
  const { lookups } = useLookups();
  const [kind, setKind] = useState<ReportPeriod['kind']>('month');
  const [year, setYear] = useState(String(lastMonth.year));
  const [month, setMonth] = useState(String(lastMonth.month));
  const [quarter, setQuarter] = useState(String(Math.ceil(lastMonth.month / 3)));
  const { status } = useAuth();
  // 填报人 is whoever is making the return: the person logged in, whom the clerk can still replace.
  const [reporter, setReporter] = useState(() => status.user?.name ?? '');
  const [acknowledged, setAcknowledged] = useState(false);
  const [busy, setBusy] = useState(false);

  const period: ReportPeriod =
    kind === 'month'
      ? { kind, year: Number(year), month: Number(month) }
      : kind === 'quarter'
        ? { kind, year: Number(year), quarter: Number(quarter) }
        : { kind, year: Number(year) };
  const periodKey = JSON.stringify(period);
  // The previous period's return stays on screen until the chosen one is worked out.
  const returnPreview = useApi('reports.preview', { period }, { keepPrevious: true });
  const preview = returnPreview.data ?? null;
  // 已核对 was ticked for one period's checks; another period's have not been read yet.
  useEffect(() => setAcknowledged(false), [periodKey]);

  const exportReturn = async () => {
    setBusy(true);
    try {
      deliver(await api('reports.export', { period, reporter, acknowledged }), '月报');
    } catch (e) {
      notifications.show({ color: 'red', title: '未导出', message: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  const checks = preview?.checks ?? [];
  return (
    <Stack gap="md">
      <Title order={2}>月报</Title>
      <Paper withBorder p="sm" radius="md">
        <Group align="flex-end">
          <SegmentedControl
            data={[
              { value: 'month', label: '月报' },
              { value: 'quarter', label: '季报' },
              { value: 'year', label: '年报' },
            ]}
            value={kind}
            onChange={(v) => setKind(v as ReportPeriod['kind'])}
          />
          <ChoiceSelect label="年度" data={years} value={year} onChange={(v) => setYear(v ?? year)} w={110} />
          {kind === 'month' && (
            <ChoiceSelect
              label="月份"
              data={Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: `${i + 1}月` }))}
              value={month}
              onChange={(v) => setMonth(v ?? month)}
              w={100}
            />
          )}
          {kind === 'quarter' && (
            <ChoiceSelect
              label="季度"
              data={['一', '二', '三', '四'].map((q, i) => ({ value: String(i + 1), label: `第${q}季度` }))}
              value={quarter}
              onChange={(v) => setQuarter(v ?? quarter)}
              w={120}
            />
          )}
        </Group>
      </Paper>
      <LoadStatus state={returnPreview} />
      {preview && (
        <>
          <Title order={3}>
            {preview.officeName}人民调解工作情况统计表（{preview.label}）
          </Title>
          {checks.length === 0 ? (
            <Alert color="green" title="检查通过">
              各项合计一致，所需栏目齐全。
            </Alert>
          ) : (
            <Stack gap="xs" aria-label="检查结果">
              {checks.map((check, i) => (
                <Alert
                  key={i}
                  color={check.level === 'error' ? 'red' : 'yellow'}
                  title={check.level === 'error' ? '数字不一致' : '请核对'}
                >
                  <Text size="sm">{check.message}</Text>
                  {check.caseNos && check.caseNos.length > 0 && (
                    <Text size="xs" c="dimmed">
                      涉及案件：{check.caseNos.join('、')}
                    </Text>
                  )}
                  <CheckLink check={check} />
                </Alert>
              ))}
            </Stack>
          )}
          <ReturnFigures preview={preview} />
          <Paper withBorder p="md" radius="md">
            <Group align="flex-end">
              <Autocomplete label="填报人" data={staffNames(lookups)} value={reporter} onChange={setReporter} w={200} />
              {checks.length > 0 && (
                <Checkbox
                  label="已核对以上提示，仍要导出"
                  checked={acknowledged}
                  onChange={(e) => setAcknowledged(e.currentTarget.checked)}
                  mb={8}
                />
              )}
              <Button loading={busy} disabled={checks.length > 0 && !acknowledged} onClick={() => void exportReturn()}>
                导出{RETURN_NAMES[kind]}（Excel）
              </Button>
            </Group>
          </Paper>
        </>
      )}
    </Stack>
  );
}
