// Bytes to text: every encoding a survey export comes in, and every file that is not a table,
// each with its message word for word.
import { describe, expect, it } from 'vitest';
import { decodeSurvey, detectEncoding, FILE_MESSAGES, fileProblem } from '../../../src/calculators/survey/decode.ts';

const TEXT = 'region,nps\nZürich,10\n';
const utf8 = (s: string) => new TextEncoder().encode(s);
/** UTF-16 code units, little- or big-endian, after a byte-order mark. */
function utf16(s: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + 2 * s.length);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < s.length; i++) view.setUint16(2 + 2 * i, s.charCodeAt(i), littleEndian);
  return out;
}

describe('encodings', () => {
  it('reads UTF-8 without a byte-order mark', () => {
    expect(decodeSurvey(utf8(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8' });
  });
  it('reads UTF-8 with a byte-order mark and drops the mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]);
    expect(decodeSurvey(bytes)).toEqual({ text: TEXT, encoding: 'utf-8' });
  });
  it('reads UTF-16 little-endian (Excel\'s "Unicode text") by its mark', () => {
    expect(decodeSurvey(utf16(TEXT, true))).toEqual({ text: TEXT, encoding: 'utf-16le' });
  });
  it('reads UTF-16 big-endian by its mark', () => {
    expect(decodeSurvey(utf16(TEXT, false))).toEqual({ text: TEXT, encoding: 'utf-16be' });
  });
  it('falls back to Windows-1252 when the bytes are not valid UTF-8', () => {
    // "Zürich" in Windows-1252: ü is the single byte 0xFC, which can never stand alone in UTF-8.
    const bytes = new Uint8Array([...utf8('region,nps\nZ'), 0xfc, ...utf8('rich,10\n')]);
    expect(detectEncoding(bytes)).toEqual({ encoding: 'windows-1252', bom: 0 });
    expect(decodeSurvey(bytes).text).toBe(TEXT);
  });
  it('reads the euro sign of Windows-1252 (0x80), which Latin-1 would not', () => {
    expect(decodeSurvey(new Uint8Array([0x80, 0x35])).text).toBe('€5');
  });
});

describe('files that are not a text table', () => {
  it('an empty file', () => {
    expect(fileProblem(new Uint8Array())).toBe('empty');
    expect(FILE_MESSAGES.empty).toBe(
      'The file is empty: there is nothing to read. Export the responses again and check that the file has rows.',
    );
  });
  it('an Excel workbook (.xlsx, a zip starting "PK")', () => {
    expect(fileProblem(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]))).toBe('xlsx');
    expect(FILE_MESSAGES.xlsx).toBe(
      'This is an Excel workbook (.xlsx), not a CSV file. In Excel choose File > Save As > "CSV UTF-8 (Comma delimited)"; ' +
        'in Google Sheets choose File > Download > "Comma-separated values (.csv)"; then import that file.',
    );
  });
  it('an old Excel workbook (.xls)', () => {
    expect(fileProblem(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1]))).toBe('xls');
    expect(FILE_MESSAGES.xls).toBe(
      'This is an old Excel workbook (.xls), not a CSV file. In Excel choose File > Save As > "CSV UTF-8 (Comma delimited)"; ' +
        'in Google Sheets choose File > Download > "Comma-separated values (.csv)"; then import that file.',
    );
  });
  it('a PDF', () => {
    expect(fileProblem(utf8('%PDF-1.7\n'))).toBe('pdf');
    expect(FILE_MESSAGES.pdf).toBe(
      'This is a PDF, not a CSV file. Export the responses from your survey platform as CSV (or TSV), then import that file.',
    );
  });
  it('lets a CSV through, even one whose first cell starts with "P"', () => {
    expect(fileProblem(utf8('PK,nps\n1,10\n'))).toBeUndefined();
  });
});
