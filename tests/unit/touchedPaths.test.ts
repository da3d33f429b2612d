import { describe, expect, it } from 'vitest';
import { changedPaths, isTouched } from '../../src-renderer/src/lib/touchedPaths';

describe('touched boxes of a form', () => {
  it('an added 调解记录 is not touched; typing in it touches that box only', () => {
    const one = [{ date: '2026-11-20', place: '调解室' }];
    const added = [...one, { date: '2026-12-03', place: '' }];
    expect(changedPaths('sessions', one, added)).toEqual([]);
    const typed = [one[0], { date: '2026-12-03', place: '村委会' }];
    expect(changedPaths('sessions', added, typed)).toEqual(['sessions.1.place']);
  });

  it('a list of plain values and a plain value are one box each', () => {
    expect(changedPaths('mediators', ['陈国平'], [])).toEqual(['mediators']);
    expect(changedPaths('mediators', [], [])).toEqual([]);
    expect(changedPaths('summary', '', '漏水')).toEqual(['summary']);
  });

  it('shows a box’s error, a list’s own error once something in it was typed, and all of a restored field', () => {
    const touched = new Set(['sessions.1.place', 'summary']);
    expect(isTouched(touched, 'sessions.1.place')).toBe(true);
    expect(isTouched(touched, 'sessions.1.matter')).toBe(false);
    expect(isTouched(touched, 'sessions')).toBe(true);
    expect(isTouched(touched, 'summary')).toBe(true);
    expect(isTouched(touched, 'summary_extra')).toBe(false);
    expect(isTouched(new Set(['applicants']), 'applicants.0.name')).toBe(true);
  });
});
