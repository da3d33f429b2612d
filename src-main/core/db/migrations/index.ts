import { m0001_init } from './0001_init';
import { m0002_caseFile } from './0002_case_file';
import { m0003_reportExports } from './0003_report_exports';
import { m0004_deadlineRules } from './0004_deadline_rules';
import { m0005_sourceRef } from './0005_source_ref';
import { m0006_calendarAndCustomRules } from './0006_calendar_custom_rules';
import { m0007_workInfo } from './0007_work_info';
import { m0008_accounts } from './0008_accounts';
import { m0009_searchIndex } from './0009_search_index';
import { m0010_sortIndexes } from './0010_sort_indexes';
import { m0011_reminderIndexes } from './0011_reminder_indexes';
import { m0012_searchMergeWhenIdle } from './0012_search_merge_when_idle';
import { m0013_correctionReminderIndex } from './0013_correction_reminder_index';
import { m0014_accountSessionKey } from './0014_account_session_key';
import { m0015_applicationItems } from './0015_application_items';
import { m0016_filedMaterialPages } from './0016_filed_material_pages';
import { m0017_screeningCasesMediated } from './0017_screening_cases_mediated';
import { m0018_formDatesAreEvents } from './0018_form_dates_are_events';
import { m0019_resettlement } from './0019_resettlement';
import { m0020_lapsingReminders } from './0020_lapsing_reminders';
import { m0021_importBatches } from './0021_import_batches';
import { m0022_resettlementRulesAndTransfer } from './0022_resettlement_rules_and_transfer';
import { m0023_correctionApprovalRules } from './0023_correction_approval_rules';
import type { Migration } from './types';

/** Imported statically: a bundler cannot follow a folder scan. Append only. */
export const migrations: readonly Migration[] = [
  m0001_init,
  m0002_caseFile,
  m0003_reportExports,
  m0004_deadlineRules,
  m0005_sourceRef,
  m0006_calendarAndCustomRules,
  m0007_workInfo,
  m0008_accounts,
  m0009_searchIndex,
  m0010_sortIndexes,
  m0011_reminderIndexes,
  m0012_searchMergeWhenIdle,
  m0013_correctionReminderIndex,
  m0014_accountSessionKey,
  m0015_applicationItems,
  m0016_filedMaterialPages,
  m0017_screeningCasesMediated,
  m0018_formDatesAreEvents,
  m0019_resettlement,
  m0020_lapsingReminders,
  m0021_importBatches,
  m0022_resettlementRulesAndTransfer,
  m0023_correctionApprovalRules,
];

export const LATEST_VERSION = migrations[migrations.length - 1]!.version;
