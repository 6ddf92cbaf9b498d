/**
 * The digest as an .xlsx workbook, written by write-excel-file (a maintained library) rather
 * than by hand: one sheet of rows (the CSV's columns) and one of totals by ministry.
 */
import writeXlsxFile from 'write-excel-file/node';
import type { SheetData } from 'write-excel-file/node';
import { digestTotals, ministryShares, type DigestEntry } from '../../../shared/digest/digest-entry.ts';
import { defuseSpreadsheetText, DIGEST_TABLE_HEADERS, digestTableRow, type DigestCell } from '../../../shared/digest/digest-table.ts';

function cell(value: DigestCell) {
  if (value === null) return null;
  return typeof value === 'number' ? { value, type: Number } : { value: defuseSpreadsheetText(value), type: String };
}

function header(text: string) {
  return { value: text, type: String, fontWeight: 'bold' as const };
}

export async function digestXlsx(entries: ReadonlyArray<DigestEntry>): Promise<Buffer> {
  const rows: SheetData = [DIGEST_TABLE_HEADERS.map(header), ...entries.map((e) => digestTableRow(e).map(cell))];
  const t = digestTotals(entries);
  const shares = ministryShares(entries, 'Ministry not stated');
  const ministries: SheetData = [
    ['Ministry', 'Replies', 'Parts', 'Open', 'Share open'].map(header),
    ...shares.map((s) => [cell(s.ministry), cell(s.replies), cell(s.parts), cell(s.open), { value: s.openShare, type: Number, format: '0%' }]),
    [],
    [header('Replies counted'), cell(t.replies)],
    [header('Duplicates not counted'), cell(t.duplicates)],
    [header('Files that could not be read'), cell(t.failed)],
  ];
  const widths = DIGEST_TABLE_HEADERS.map((h) => ({ width: h === 'Subject' || h === 'Deferrals' || h === 'Assurances' ? 50 : h === 'File' || h === 'Ministry' ? 30 : 14 }));
  const result = writeXlsxFile([
    { data: rows, sheet: 'Digest', columns: widths, stickyRowsCount: 1 },
    { data: ministries, sheet: 'By ministry', columns: [{ width: 40 }, { width: 10 }, { width: 10 }, { width: 10 }, { width: 12 }] },
  ]);
  return await result.toBuffer();
}
