import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { behaviours } from '../../src-main/core/registers/behaviour';
import { text, entries } from '../../src-shared/registers/read';
import { registerKeys, viewOf, type RecordView } from '../../src-shared/registers';
import { books } from '../../src-renderer/src/books';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => path.join(dir, name));
}

describe('what is special about a register lives in its tables', () => {
  it('every register has a row on both sides', () => {
    expect(Object.keys(behaviours).sort()).toEqual([...registerKeys].sort());
    expect(Object.keys(books).sort()).toEqual([...registerKeys].sort());
  });

  it('no code outside the tables branches on a register key', () => {
    const keys = registerKeys.join('|');
    const branch = new RegExp(
      `(register\\s*[!=]==\\s*')|([!=]==\\s*'(${keys})'(?![\\w-]))|(case '(${keys})':)|(switch \\(\\w*register\\w*\\))`,
    );
    const offending = ['src-main', 'src-shared', 'src-renderer'].flatMap(sourceFiles).flatMap((file) =>
      fs
        .readFileSync(path.join(ROOT, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (branch.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(offending).toEqual([]);
  });
});

describe('records read through typed views', () => {
  const data = viewOf('mediationCase', {
    case_no: ' （2026）东人调字第1号 ',
    sessions: [{ date: '2026-03-12', place: '调解室' }],
  });

  it('reads the fields the definition has', () => {
    expect(text(data, 'case_no')).toBe('（2026）东人调字第1号');
    expect(entries(data, 'sessions').map((s) => text(s, 'place'))).toEqual(['调解室']);
  });

  it('refuses, at compile time, keys the definition lacks or of the wrong kind', () => {
    const read = (view: RecordView<'mediationCase'>) => [
      // @ts-expect-error a field the register does not have
      text(view, 'case_number'),
      // @ts-expect-error a party list is not text
      text(view, 'applicants'),
      // @ts-expect-error a field of another child list (调查记录)
      text(entries(view, 'sessions')[0]!, 'subject_name'),
    ];
    expect(read(data)).toEqual([null, null, null]);
  });
});
