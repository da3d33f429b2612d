import { describe, expect, it } from 'vitest';
import { UPLOAD_LIFETIME_MS, Uploads } from '../../src-main/core/uploads';

// The files the clerk chose, held between the calls that read them: for an hour, four at most, each whole.

describe('uploads held by the core', () => {
  it('gives back the bytes received under their id, until an hour has passed', () => {
    let now = 1_000_000;
    const uploads = new Uploads(() => now);
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4, 0xff]);
    const { id, size, name } = uploads.put('登记簿.xlsx', bytes);
    expect([size, name]).toEqual([5, '登记簿.xlsx']);
    now += UPLOAD_LIFETIME_MS - 1;
    expect(uploads.get(id)).toEqual({ name: '登记簿.xlsx', bytes });
    now += 1;
    expect(() => uploads.get(id)).toThrow('所选文件已过期（选好文件后一小时内有效），请重新选择文件');
  });

  it('keeps four at most, forgetting the oldest', () => {
    const uploads = new Uploads();
    const ids = [1, 2, 3, 4, 5].map((n) => uploads.put(`${n}.csv`, new Uint8Array([n])).id);
    expect(() => uploads.get(ids[0]!)).toThrow('所选文件已过期');
    expect(ids.slice(1).map((id) => uploads.get(id).name)).toEqual(['2.csv', '3.csv', '4.csv', '5.csv']);
  });

  it('refuses an empty file and one over 20 MB, naming it', () => {
    const uploads = new Uploads();
    expect(() => uploads.put('空.csv', new Uint8Array(0))).toThrow('“空.csv”是空文件，没有可导入的内容');
    expect(() => uploads.put('大.xlsx', new Uint8Array(20 * 1024 * 1024 + 1))).toThrow(
      '“大.xlsx”太大（20.0 MB，超过 20 MB）。请把各年度分成几个文件再导入',
    );
  });
});
