import { correctionSubject } from './books/correctionSubject';
import { disputeScreening } from './books/disputeScreening';
import { legalAid } from './books/legalAid';
import { legalPublicity } from './books/legalPublicity';
import { mediationCase } from './books/mediationCase';
import { mediator } from './books/mediator';
import { resettlement } from './books/resettlement';
import { petition } from './books/petition';
import { studyMeeting } from './books/studyMeeting';
import { typicalCase } from './books/typicalCase';
import { workInfo } from './books/workInfo';
import type { RegisterDef, RegisterKey } from './types';

/** Every register's definition by its key, as written: their literal field keys type RecordView (view.ts). */
export const definitions = {
  petition,
  studyMeeting,
  legalPublicity,
  mediationCase,
  disputeScreening,
  typicalCase,
  legalAid,
  mediator,
  correctionSubject,
  resettlement,
  workInfo,
} satisfies { readonly [R in RegisterKey]: RegisterDef };

export type Definitions = typeof definitions;
