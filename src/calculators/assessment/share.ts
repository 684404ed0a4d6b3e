// Share links: the answers packed into the URL fragment, e.g. `#v=1&a=453-2_0-...&p=yyn0_`.
// The fragment never reaches a server. `v` is the questionnaire version; `a` holds one group of
// characters per dimension (questionnaire order, joined by "-"), one character per statement:
// 1-5 the rating, 0 "don't know", _ not answered; `p` holds one character per pyramid level
// (1 to 5): y yes, n no, 0 don't know, _ not answered.
import { z } from 'astro/zod';
import type { AssessmentAnswers, PyramidAnswer, StatementAnswer } from './answers.ts';
import type { Questionnaire } from './questionnaire.ts';

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

/** "1 dimension", "3 dimensions", "no dimensions"; nouns here take an "s". */
const count = (n: number, noun: string) => `${n === 0 ? 'no' : n} ${noun}${n === 1 ? '' : 's'}`;

/** Text from a link quoted in a message, cut to 20 characters so a pasted essay stays readable. */
const quote = (text: string) => `"${text.length > 20 ? `${text.slice(0, 20)}…` : text}"`;

/** Version numbers longer than this are not written out in a message. */
const MAX_VERSION_DIGITS = 9;

/**
 * What is wrong with the version in a link, or null when it is this site's: every problem has
 * its own sentence, so no message says "version 0" or "version Infinity".
 */
function versionProblem(q: Questionnaire, v: string): { message: string; mismatch: boolean } | null {
  if (v === '') return { message: 'the questionnaire version (v) is empty', mismatch: false };
  if (/^0+$/.test(v)) return { message: 'the questionnaire version (v) is 0, but versions start at 1', mismatch: false };
  // Written as the tool writes it: digits with no leading zero.
  if (!/^[1-9][0-9]*$/.test(v))
    return { message: `the questionnaire version (v) must be a whole number such as 1, not ${quote(v)}`, mismatch: false };
  const digits = v;
  if (digits.length > MAX_VERSION_DIGITS)
    return {
      message: `the questionnaire version (v) is a ${digits.length}-digit number, far beyond this site's version (${q.version}); this link was not made by this site`,
      mismatch: true,
    };
  const version = Number(digits);
  if (version < q.version)
    return {
      message: `it was made with version ${version} of the questionnaire, which has since changed (this site has version ${q.version}), so its answers no longer match the statements; please ask for a new link`,
      mismatch: true,
    };
  if (version > q.version)
    return {
      message: `it was made with version ${version} of the questionnaire, newer than the version this site has (${q.version})`,
      mismatch: true,
    };
  return null;
}

/** What is wrong with the answers (a) of a link for this questionnaire, one sentence per problem. */
function answersProblems(q: Questionnaire, a: string): string[] {
  if (a === '') return [`the answers (a) are empty, but the questionnaire has ${count(q.dimensions.length, 'dimension')}`];
  if (!/^[0-5_-]*$/.test(a)) return ['the answers (a) may only contain the digits 0 to 5, _ and -'];
  const groups = a.split('-');
  if (groups.length !== q.dimensions.length)
    return [`it has answers for ${count(groups.length, 'dimension')} but the questionnaire has ${q.dimensions.length}`];
  return q.dimensions.flatMap((d, i) => {
    const n = groups[i]!.length;
    return n === d.statements.length
      ? []
      : [`it has ${count(n, 'answer')} for "${d.title}" but that dimension has ${count(d.statements.length, 'statement')}`];
  });
}

/** What is wrong with the pyramid answers (p) of a link, one sentence per problem. */
function pyramidProblems(q: Questionnaire, p: string): string[] {
  const questions = `${q.pyramid.length === 1 ? 'there is' : 'there are'} ${count(q.pyramid.length, 'pyramid question')}`;
  if (p === '') return [`the pyramid answers (p) are empty, but ${questions}`];
  if (!/^[yn0_]*$/.test(p)) return ['the pyramid answers (p) may only contain y, n, 0 and _'];
  return p.length === q.pyramid.length ? [] : [`it has ${count(p.length, 'pyramid answer')} but ${questions}`];
}

/**
 * The fields of a share fragment, checked against the questionnaire and turned into answers.
 * A link made with another version is refused on that alone (its answers cannot be matched to
 * the statements); otherwise every problem with v, a and p is named.
 */
export function sharePayloadSchema(q: Questionnaire) {
  return z
    .object({
      v: z.string({ error: 'the questionnaire version (v) is missing' }),
      a: z.string({ error: 'the answers (a) are missing' }),
      p: z.string({ error: 'the pyramid answers (p) are missing' }),
    })
    .superRefine((raw, ctx) => {
      const version = versionProblem(q, raw.v);
      if (version) ctx.addIssue({ code: 'custom', path: ['v'], message: version.message });
      if (version?.mismatch) return;
      for (const message of answersProblems(q, raw.a)) ctx.addIssue({ code: 'custom', path: ['a'], message });
      for (const message of pyramidProblems(q, raw.p)) ctx.addIssue({ code: 'custom', path: ['p'], message });
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
export function decodeShare(q: Questionnaire, link: string): ShareDecodeResult {
  const fragment = fragmentOf(link);
  if (!/(^|&)v=/.test(fragment) && !/(^|&)a=/.test(fragment))
    return {
      ok: false,
      error: "This link holds no assessment answers: it should end with #v=…&a=…&p=…, as copied from the result's share button.",
    };
  const params = Object.fromEntries(new URLSearchParams(fragment));
  const result = sharePayloadSchema(q).safeParse(params);
  if (result.success) return { ok: true, answers: result.data };
  const reasons = [...new Set(result.error.issues.map((i) => i.message))];
  return { ok: false, error: `This link cannot be used: ${reasons.join('; ')}.` };
}

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
