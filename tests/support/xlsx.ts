// Reading a generated .xlsx back, twice: with exceljs (the library that wrote it) and with python3's openpyxl, an
// independent implementation, through tests/support/read_xlsx.py. openpyxl is required, not optional: without it the
// tests that use it fail and say how to get it (`npm test` installs python3-openpyxl).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { findPythonOpenpyxl, openpyxlHint } from '../../scripts/ensure-python-openpyxl.mjs';

const READER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'read_xlsx.py');

export interface PyCell {
  v: string | number | boolean;
  /** [name, size, bold] */
  font: [string | null, number | null, boolean];
  fmt: string;
  wrap: boolean;
  h: string | null;
  /** Thin borders on all four sides. */
  border: boolean;
}

export interface PySheet {
  name: string;
  merged: string[];
  cells: Record<string, PyCell>;
  maxRow: number;
  maxColumn: number;
  print: {
    orientation: string | null;
    paperSize: number | null;
    fitToPage: boolean;
    fitToWidth: number | null;
    fitToHeight: number | null;
    titleRows: string | null;
    horizontalCentered: boolean;
  };
  freeze: string | null;
  footer: string | null;
}

let python: string | null | undefined;

/** The workbook as openpyxl reads it. Throws, saying how to install it, when no python3 has openpyxl. */
export function readWithOpenpyxl(bytes: Uint8Array): { sheets: PySheet[] } {
  if (python === undefined) python = findPythonOpenpyxl()?.python ?? null;
  if (python === null) {
    throw new Error(
      '未找到带 openpyxl 的 python3，无法独立读回生成的 Excel 文件。python3 with openpyxl not found: run `npm test`, ' +
        `whose setup installs python3-openpyxl.\n${openpyxlHint()}`,
    );
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xlsx-read-'));
  try {
    const file = path.join(dir, 'book.xlsx');
    fs.writeFileSync(file, bytes);
    const result = spawnSync(python, [READER, file], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 60_000,
    });
    if (result.status !== 0) throw new Error(`read_xlsx.py failed: ${result.stderr || result.error?.message}`);
    return JSON.parse(result.stdout) as { sheets: PySheet[] };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The workbook as exceljs reads it. */
export async function readWithExceljs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  // exceljs types its input as an ArrayBuffer; hand it exactly the file's bytes.
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  await wb.xlsx.load(copy.buffer);
  return wb;
}

/** 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** A cell's value as openpyxl reads it, or null for an empty cell. */
export function pyValue(sheet: PySheet, address: string): string | number | boolean | null {
  return sheet.cells[address]?.v ?? null;
}
