// Share links: the answers packed into the URL fragment, e.g. `#v=1&a=453-2_0-...&p=yyn0_`.
// The fragment never reaches a server. `v` is the questionnaire version; `a` holds one group of
// characters per dimension (questionnaire order, joined by "-"), one character per statement:
// 1-5 the rating, 0 "don't know", _ not answered; `p` holds one character per pyramid level
// (1 to 5): y yes, n no, 0 don't know, _ not answered.
import { z } from 'astro/zod';
import type { AssessmentAnswers, PyramidAnswer, StatementAnswer } from './answers.ts';
import type { Questionnaire } from './questionnaire.ts';
import { fillWords as fill } from '../shared/words.ts';
import { ASSESSMENT_WORDS, type AssessmentWords } from './words.ts';

/** The words a link's problems are told in (`assessment.share*`); the plain functions use the default language's. */
type W = AssessmentWords;

const PYRAMID_CHAR: Record<PyramidAnswer, string> = { yes: 'y', no: 'n', dontKnow: '0' };
const PYRAMID_FROM: Record<string, PyramidAnswer> = { y: 'yes', n: 'no', '0': 'dontKnow' };
const ratingChar = (a: StatementAnswer | undefined) => (a === undefined ? '_' : a === 'dontKnow' ? '0' : String(a));

/** The fragment (without "#") that carries these answers. */
export function encodeAnswers(q: Questionnaire, answers: AssessmentAnswers): string {
  const a = q.dimensions.map((d) => d.statements.map((s) => ratingChar(answers.ratings[d.id]?.[s.id])).join('')).join('-');
  const p = q.pyramid
    .map((x) => {
      const v = answers.pyramid[x.level];
      return v ? PYRAMID_CHAR[v] : '_';
    })
    .join('');
  return `v=${q.version}&a=${a}&p=${p}`;
}

/** "1 dimension", "3 dimensions", "no dimensions": the language's words for none, one and many. */
const count = (n: number, none: string, one: string, many: string) => (n === 0 ? none : fill(n === 1 ? one : many, { count: n }));

/** Text from a link quoted in a message, cut to 20 characters so a pasted essay stays readable. */
const quote = (w: W, text: string) => fill(w.shareQuote, { text: text.length > 20 ? `${text.slice(0, 20)}…` : text });

/** Version numbers longer than this are not written out in a message. */
const MAX_VERSION_DIGITS = 9;

/**
 * What is wrong with the version in a link, or null when it is this site's: every problem has
 * its own sentence, so no message says "version 0" or "version Infinity".
 */
function versionProblem(w: W, q: Questionnaire, v: string): { message: string; mismatch: boolean } | null {
  if (v === '') return { message: w.shareVEmpty, mismatch: false };
  if (/^0+$/.test(v)) return { message: w.shareVZero, mismatch: false };
  // Written as the tool writes it: digits with no leading zero.
  if (!/^[1-9][0-9]*$/.test(v)) return { message: fill(w.shareVNotWhole, { value: quote(w, v) }), mismatch: false };
  const digits = v;
  if (digits.length > MAX_VERSION_DIGITS)
    return { message: fill(w.shareVHuge, { digits: digits.length, version: q.version }), mismatch: true };
  const version = Number(digits);
  if (version < q.version) return { message: fill(w.shareVOlder, { made: version, version: q.version }), mismatch: true };
  if (version > q.version) return { message: fill(w.shareVNewer, { made: version, version: q.version }), mismatch: true };
  return null;
}

/** What is wrong with the answers (a) of a link for this questionnaire, one sentence per problem. */
function answersProblems(w: W, q: Questionnaire, a: string): string[] {
  const dimensions = (n: number) => count(n, w.shareDimensionsNone, w.shareDimensionOne, w.shareDimensionsMany);
  if (a === '') return [fill(w.shareAEmpty, { dimensions: dimensions(q.dimensions.length) })];
  if (!/^[0-5_-]*$/.test(a)) return [w.shareAChars];
  const groups = a.split('-');
  if (groups.length !== q.dimensions.length)
    return [fill(w.shareAGroups, { dimensions: dimensions(groups.length), count: q.dimensions.length })];
  return q.dimensions.flatMap((d, i) => {
    const n = groups[i]!.length;
    return n === d.statements.length
      ? []
      : [
          fill(w.shareAStatements, {
            answers: count(n, w.shareAnswersNone, w.shareAnswerOne, w.shareAnswersMany),
            title: d.title,
            statements: count(d.statements.length, w.shareStatementsNone, w.shareStatementOne, w.shareStatementsMany),
          }),
        ];
  });
}

/** What is wrong with the pyramid answers (p) of a link, one sentence per problem. */
function pyramidProblems(w: W, q: Questionnaire, p: string): string[] {
  const n = q.pyramid.length;
  const questions = fill(n === 1 ? w.shareQuestionsOne : w.shareQuestionsMany, {
    questions: count(n, w.shareQuestionsNone, w.shareQuestionOne, w.shareQuestionsCount),
  });
  if (p === '') return [fill(w.sharePEmpty, { questions })];
  if (!/^[yn0_]*$/.test(p)) return [w.sharePChars];
  return p.length === n
    ? []
    : [
        fill(w.sharePCount, {
          answers: count(p.length, w.sharePyramidAnswersNone, w.sharePyramidAnswerOne, w.sharePyramidAnswersMany),
          questions,
        }),
      ];
}

/**
 * The fields of a share fragment, checked against the questionnaire and turned into answers.
 * A link made with another version is refused on that alone (its answers cannot be matched to
 * the statements); otherwise every problem with v, a and p is named.
 */
export function sharePayloadSchemaIn(w: W, q: Questionnaire) {
  return z
    .object({
      v: z.string({ error: w.shareVMissing }),
      a: z.string({ error: w.shareAMissing }),
      p: z.string({ error: w.sharePMissing }),
    })
    .superRefine((raw, ctx) => {
      const version = versionProblem(w, q, raw.v);
      if (version) ctx.addIssue({ code: 'custom', path: ['v'], message: version.message });
      if (version?.mismatch) return;
      for (const message of answersProblems(w, q, raw.a)) ctx.addIssue({ code: 'custom', path: ['a'], message });
      for (const message of pyramidProblems(w, q, raw.p)) ctx.addIssue({ code: 'custom', path: ['p'], message });
    })
    .transform((raw): AssessmentAnswers => {
      const groups = raw.a.split('-');
      const answers: AssessmentAnswers = { ratings: {}, pyramid: {} };
      q.dimensions.forEach((d, i) => {
        d.statements.forEach((s, j) => {
          const c = groups[i]![j];
          if (c === '0') (answers.ratings[d.id] ??= {})[s.id] = 'dontKnow';
          else if (c && c !== '_') (answers.ratings[d.id] ??= {})[s.id] = Number(c) as 1 | 2 | 3 | 4 | 5;
        });
      });
      q.pyramid.forEach((x, i) => {
        const v = PYRAMID_FROM[raw.p[i]!];
        if (v) answers.pyramid[x.level] = v;
      });
      return answers;
    });
}

/** The payload's schema with the default language's messages. */
export const sharePayloadSchema = (q: Questionnaire) => sharePayloadSchemaIn(ASSESSMENT_WORDS, q);

/** The fragment of a pasted link: the part after "#", else after "?", else the whole text. */
function fragmentOf(link: string): string {
  const text = link.trim();
  const hash = text.indexOf('#');
  if (hash >= 0) return text.slice(hash + 1);
  const query = text.indexOf('?');
  return query >= 0 ? text.slice(query + 1) : text;
}

export type ShareDecodeResult = { ok: true; answers: AssessmentAnswers } | { ok: false; error: string };

/** Reads a share link (a full URL, a fragment, or `v=...&a=...&p=...`); the error says what is wrong. */
export function decodeShareIn(w: W, q: Questionnaire, link: string): ShareDecodeResult {
  const fragment = fragmentOf(link);
  if (!/(^|&)v=/.test(fragment) && !/(^|&)a=/.test(fragment)) return { ok: false, error: w.shareNoAnswers };
  const params = Object.fromEntries(new URLSearchParams(fragment));
  const result = sharePayloadSchemaIn(w, q).safeParse(params);
  if (result.success) return { ok: true, answers: result.data };
  const reasons = [...new Set(result.error.issues.map((i) => i.message))];
  return { ok: false, error: fill(w.shareCannotUse, { reasons: reasons.join('; ') }) };
}

/** A share link read with the default language's messages. */
export const decodeShare = (q: Questionnaire, link: string): ShareDecodeResult => decodeShareIn(ASSESSMENT_WORDS, q, link);

/**
 * Every share link in a text of any shape (a list of links, a CSV or chat export with names in
 * other columns, this tool's JSON export), each as its bare fragment `v=…&a=…&p=…`, in the order
 * found. Only the three parameters are taken, so names beside a link are never read.
 */
export function findShareLinks(text: string): string[] {
  const value = '[^&#\\s"\',;<>]*';
  const pattern = new RegExp(`v=${value}&a=${value}&p=${value}`, 'g');
  return [...text.matchAll(pattern)].map((m) => m[0]);
}
