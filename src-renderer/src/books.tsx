// What is special about each book on the renderer's side, one row per register: the panel its record page shows
// beside the form, and what a save or a restore of one of its records makes the other pages reload. The pages ask the
// row, never the register's key.
import type { ComponentType } from 'react';
import type { RecordRow } from '../../src-shared/handlers';
import type { RegisterKey } from '../../src-shared/registers';
import type { LinkedRecord } from '../../src-shared/links';
import { CorrectionPanel } from './components/correction/CorrectionPanel';
import type { RecordPanel } from './components/recordPanel';
import { RecordTimeline } from './components/RecordTimeline';
import { TransferButton } from './components/TransferButton';
import type { Route } from './lib/router';

export interface BookBehaviour {
  readonly panel?: RecordPanel;
  /** Its records fill pick lists (人民调解员花名册 → 人民调解员): a save or a restore reloads the lookups. */
  readonly refreshesLookups?: boolean;
  /** A step a saved record offers beside its links (转入安置帮教); it shows itself only when it applies. */
  readonly action?: RecordAction;
  /** Pages of the book's work across all its records, listed under it in the navigation (审批事项一览, 月度考核). */
  readonly pages?: readonly { readonly label: string; readonly route: Route }[];
}

/** `onCreated` opens a record the action made (the page knows the router; the table does not). */
export type RecordAction = ComponentType<{
  record: RecordRow;
  links: readonly LinkedRecord[];
  onCreated: (created: RecordRow) => void;
}>;

export const books: { readonly [R in RegisterKey]: BookBehaviour } = {
  petition: {},
  studyMeeting: {},
  legalPublicity: {},
  mediationCase: { panel: RecordTimeline },
  disputeScreening: {},
  typicalCase: {},
  legalAid: {},
  mediator: { refreshesLookups: true },
  correctionSubject: {
    panel: CorrectionPanel,
    action: TransferButton,
    pages: [
      { label: '审批事项一览', route: { page: 'approvals' } },
      { label: '月度考核', route: { page: 'assessments' } },
    ],
  },
  resettlement: { panel: RecordTimeline },
  workInfo: {},
};
