// 来信来访登记簿: one 来访接待记录 per visit, filed by year, the visit's date in the file's name.
import { dateCn, parties, text, yearOf } from '../data';
import { visitRecord } from '../builders/visitRecord';
import { packDocument } from '../style';
import { documentSet, fileName, folderOf, singleDocument } from '../offer';

export const petitionDocuments = documentSet('petition', {
  kinds: ['visitRecord'],
  missing: (d) => (parties(d, 'visitors').length === 0 ? '来访接待记录缺少来访人，请先在“来访人”中填写' : null),
  async make({ record, docName, settings, today }) {
    const date = text(record, 'visit_date');
    const visitor = parties(record, 'visitors')[0]?.name ?? '来访人';
    return {
      // A visitor may come more than once a year: the date tells the files apart.
      fileName: fileName(`${docName}（${dateCn(date)}）`, visitor),
      folder: folderOf(['文书', yearOf(date, today), '来访接待记录']),
      bytes: await packDocument(
        singleDocument(visitRecord({ record, officeName: settings.officeName, today }), docName),
      ),
    };
  },
});
