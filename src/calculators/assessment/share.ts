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

/** The fields of a share fragment, checked against the questionnaire and turned into answers. */
export function sharePayloadSchema(q: Questionnaire) {
  return z
    .object({
      v: z
        .string({ error: 'the questionnaire version (v) is missing' })
        .regex(/^[1-9][0-9]{0,5}$/, 'the questionnaire version (v) must be a whole number such as 1'),
      a: z
        .string({ error: 'the answers (a) are missing' })
        .regex(/^[0-5_-]*$/, 'the answers (a) may only contain the digits 0 to 5, _ and -'),
      p: z
        .string({ error: 'the pyramid answers (p) are missing' })
        .regex(/^[yn0_]*$/, 'the pyramid answers (p) may only contain y, n, 0 and _'),
    })
    .superRefine((raw, ctx) => {
      const v = Number(raw.v);
      if (v < q.version)
        return ctx.addIssue({
          code: 'custom',
          path: ['v'],
          message: `it was made with version ${v} of the questionnaire, which has since changed (this site has version ${q.version}), so its answers no longer match the statements; please ask for a new link`,
        });
      if (v > q.version)
        return ctx.addIssue({
          code: 'custom',
          path: ['v'],
          message: `it was made with version ${v} of the questionnaire, newer than the version this site has (${q.version})`,
        });
      const groups = raw.a.split('-');
      if (groups.length !== q.dimensions.length)
        ctx.addIssue({
          code: 'custom',
          path: ['a'],
          message: `it has answers for ${groups.length} dimension(s) but the questionnaire has ${q.dimensions.length}`,
        });
      else
        q.dimensions.forEach((d, i) => {
          const n = groups[i]!.length;
          if (n !== d.statements.length)
            ctx.addIssue({
              code: 'custom',
              path: ['a'],
              message: `it has ${n} answer(s) for "${d.title}" but that dimension has ${d.statements.length} statement(s)`,
            });
        });
      if (raw.p.length !== q.pyramid.length)
        ctx.addIssue({
          code: 'custom',
          path: ['p'],
          message: `it has ${raw.p.length} pyramid answer(s) but there are ${q.pyramid.length} pyramid questions`,
        });
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
