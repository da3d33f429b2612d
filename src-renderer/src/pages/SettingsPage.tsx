import { Paper, Stack, Tabs, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { describeIssues } from '../../../src-shared/errors';
import { settingsSchema, type Settings } from '../../../src-shared/settings';
import { BackupsPanel } from '../components/BackupsPanel';
import { AgreementClausesFields } from '../components/settings/AgreementClausesFields';
import { AssessmentScaleFields } from '../components/settings/AssessmentScaleFields';
import { CalendarEditor } from '../components/CalendarEditor';
import { LoadStatus } from '../components/LoadState';
import { RulesEditor } from '../components/RulesEditor';
import {
  CommitteesAndStaff,
  OfficeFields,
  ReportFields,
  type SettingsFieldsProps,
} from '../components/settings/SettingsFields';
import { TabSaveButton, useTabSave } from '../components/settings/TabSave';
import { ApiFailure, api, errorMessage } from '../lib/api';
import { useLookups } from '../lib/lookups';
import { navigate, settingsTabs, type SettingsTab } from '../lib/router';
import { useApi } from '../lib/useApi';

const TAB_LABELS: Record<SettingsTab, string> = {
  office: '本所',
  committees: '调委会与人员',
  report: '报表',
  documents: '文书',
  holidays: '节假日',
  rules: '期限规则',
  backup: '备份与恢复',
};

/** 报表: the return's settings, then the 月度考核结果 it counts 不合格 by. */
function ReportAndScaleFields(props: SettingsFieldsProps) {
  return (
    <Stack gap="xl">
      <ReportFields {...props} />
      <AssessmentScaleFields {...props} />
    </Stack>
  );
}

/** 设置 in tabs, the tab shown being the address's (#/settings/rules), so the menu links to one and Back returns. */
export function SettingsPage({ tab }: { tab: SettingsTab }) {
  const { refresh } = useLookups();
  // 本所, 调委会与人员, 报表 and 文书 edit the loaded settings in place until their 保存 sends them (all four at once).
  const settings = useApi('settings.get', {});
  const { data: draft, setData: setDraft } = settings;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const settingsTab = tab === 'office' || tab === 'committees' || tab === 'report' || tab === 'documents';

  const save = async () => {
    if (!draft || busy) return;
    const parsed = settingsSchema.safeParse(draft);
    if (!parsed.success) {
      const described = describeIssues(parsed.error);
      setErrors(described.fields ?? {});
      notifications.show({ color: 'red', title: '未保存', message: described.message });
      return;
    }
    setBusy(true);
    try {
      const saved = await api('settings.save', draft);
      setDraft(saved);
      setErrors({});
      await refresh();
      notifications.show({ color: 'green', title: '已保存', message: '设置已保存' });
    } catch (error) {
      if (error instanceof ApiFailure) setErrors(error.error.fields ?? {});
      notifications.show({ color: 'red', title: '未保存', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };
  useTabSave(settingsTab, () => void save());

  const settingsPanel = (Fields: (props: SettingsFieldsProps) => ReactNode) => (
    <Paper withBorder p="md" radius="md">
      {draft ? (
        <>
          <Fields draft={draft} errors={errors} patch={(p: Partial<Settings>) => setDraft({ ...draft, ...p })} />
          <TabSaveButton busy={busy} onSave={() => void save()} />
        </>
      ) : (
        <LoadStatus state={settings} />
      )}
    </Paper>
  );

  return (
    <Stack gap="md" maw={1100}>
      <Title order={2}>设置</Title>
      <Tabs value={tab} onChange={(next) => next && navigate({ page: 'settings', tab: next as SettingsTab })}>
        <Tabs.List mb="md">
          {settingsTabs.map((key) => (
            <Tabs.Tab key={key} value={key}>
              {TAB_LABELS[key]}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {/* Every tab stays mounted: an edit left on one tab is still there when the clerk comes back to it. */}
        <Tabs.Panel value="office">{settingsPanel(OfficeFields)}</Tabs.Panel>
        <Tabs.Panel value="committees">{settingsPanel(CommitteesAndStaff)}</Tabs.Panel>
        <Tabs.Panel value="report">{settingsPanel(ReportAndScaleFields)}</Tabs.Panel>
        <Tabs.Panel value="documents">{settingsPanel(AgreementClausesFields)}</Tabs.Panel>
        <Tabs.Panel value="holidays">
          <CalendarEditor active={tab === 'holidays'} />
        </Tabs.Panel>
        <Tabs.Panel value="rules">
          <RulesEditor active={tab === 'rules'} />
        </Tabs.Panel>
        <Tabs.Panel value="backup">
          <BackupsPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
