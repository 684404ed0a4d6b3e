// Bytes of an imported file to text: refuses what is not a text table (empty, a workbook, a PDF),
// then picks the encoding from the byte-order mark, else UTF-8 when the bytes are valid UTF-8,
// else Windows-1252 (what Excel on Windows writes as "CSV"). TextDecoder exists in browsers,
// workers and Node alike, so this stays pure.
import { FILE_EMPTY, FILE_PDF, FILE_XLS, FILE_XLSX } from './words.ts';

/** The encodings a survey export comes in. */
export type SurveyEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Why a file cannot be read as a table; each has one message (`survey.file*` of the strings files). */
export type FileProblem = 'empty' | 'xlsx' | 'xls' | 'pdf';

/** The message for each problem in the default language (tests/unit/calculators/survey-decode.test.ts). */
export const FILE_MESSAGES: Record<FileProblem, string> = {
  empty: FILE_EMPTY,
  xlsx: FILE_XLSX,
  xls: FILE_XLS,
  pdf: FILE_PDF,
};

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/** The problem with a file from its first bytes, or undefined when it may be a text table. */
export function fileProblem(bytes: Uint8Array): FileProblem | undefined {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx'; // "PK": a zip, which .xlsx is
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'xls'; // the compound file of .xls
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf'; // "%PDF"
  return undefined;
}

/** The encoding of `bytes` and the length of its byte-order mark (0 when there is none), in bytes. */
export function detectEncoding(bytes: Uint8Array): { encoding: SurveyEncoding; bom: number } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', bom: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', bom: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', bom: 2 };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { encoding: 'utf-8', bom: 0 };
  } catch {
    return { encoding: 'windows-1252', bom: 0 };
  }
}

/** The text of a file (without its byte-order mark) and the encoding it was read with. */
export function decodeSurvey(bytes: Uint8Array): { text: string; encoding: SurveyEncoding } {
  const { encoding, bom } = detectEncoding(bytes);
  return { text: new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(bom)), encoding };
}
