import { Stack } from '@mantine/core';
import type { RecordPanel } from '../recordPanel';
import { RecordTimeline } from '../RecordTimeline';
import { AppraisalBar } from './AppraisalBar';
import { ApprovalsSection } from './ApprovalsSection';

/** A 社区矫正对象's record: the 时间线, the 审批事项 and the 期满鉴定 above the form. */
export const CorrectionPanel: RecordPanel = ({ record, onSaved, work }) => (
  <Stack gap="md">
    <RecordTimeline record={record} onSaved={onSaved} {...(work ? { work } : {})} />
    <ApprovalsSection record={record} onSaved={onSaved} />
    <AppraisalBar record={record} onSaved={onSaved} />
  </Stack>
);
