// 社区矫正对象花名册: one 实地查访情况登记表 per visit, filed by year under the person's name.
import { entries, text, yearOf } from '../data';
import { fieldVisit } from '../builders/fieldVisit';
import { packDocument } from '../style';
import { documentSet, entryAt, fileName, folderOf, singleDocument } from '../offer';

export const correctionSubjectDocuments = documentSet('correctionSubject', {
  kinds: ['fieldVisit'],
  perEntry: {
    fieldVisit: {
      entries: (d) => entries(d, 'field_visits'),
      label: '实地查访记录',
      missing: '还没有实地查访记录，请先在“实地查访”中添加',
      counted: false,
    },
  },
  async make({ record, index, docName, settings, today }) {
    const entry = entryAt(entries(record, 'field_visits'), index);
    const person = text(record, 'name') ?? '社区矫正对象';
    return {
      fileName: fileName(docName, person),
      folder: folderOf(['文书', yearOf(text(entry, 'date'), today), '实地查访', person]),
      bytes: await packDocument(
        singleDocument(fieldVisit({ record, officeName: settings.officeName, today }, entry), docName),
      ),
    };
  },
});
