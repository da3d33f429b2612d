import type { ComponentType } from 'react';
import type { RecordRow } from '../../../src-shared/handlers';
import type { RecordWork } from '../lib/router';

/**
 * Shown above the form of a saved record that is not in the 回收站; onSaved takes the record it has changed; `work`
 * is where a reminder sent the clerk (记录事件 set to an event). A book names its panel in books.tsx.
 */
export type RecordPanel = ComponentType<{
  record: RecordRow;
  onSaved: (saved: RecordRow) => void;
  work?: RecordWork;
}>;
