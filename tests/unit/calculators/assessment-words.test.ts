// The self-assessment's interface words live in content/strings/<lang>.yaml under `assessment`:
// the English file holds exactly the words the code without a page falls back on
// (src/calculators/assessment/words.ts), a German page gets German sentences, and a strings file
// that lacks one of these words is named by file, line and key.
import { describe, expect, it } from 'vitest';
import {
  dimensionNeedsIn,
  levelStatusTextIn,
  minimumRuleIn,
  provisionalSummaryIn,
} from '../../../src/calculators/assessment/describe-in.ts';
import { scoreAssessment } from '../../../src/calculators/assessment/score.ts';
import { newSession } from '../../../src/calculators/assessment/session.ts';
import { decodeShareIn } from '../../../src/calculators/assessment/share.ts';
import { reviewEventTextIn, workshopCsvRowsIn } from '../../../src/calculators/assessment/workshop-export.ts';
import { summariseWorkshop } from '../../../src/calculators/assessment/workshop.ts';
import { ASSESSMENT_WORDS, type AssessmentWords } from '../../../src/calculators/assessment/words.ts';
import { formatChange, formatScore } from '../../../src/islands/assessment/words.ts';
import { PLAN_FILE_WORDS, planCsv, planMarkdown, type PlanPattern } from '../../../src/lib/browser/plan.ts';
import { Q } from './assessment/fixture.ts';
import { checkGerman, lineOf, stringsUnder } from './tool-words-helpers.ts';

const assessmentStrings = (code: string) => stringsUnder(code, 'assessment.');

describe('self-assessment words in content', () => {
  it('English in content/strings/en.yaml is exactly the words the code falls back on', () => {
    expect(assessmentStrings('en')).toEqual(ASSESSMENT_WORDS);
  });

  it('German has every key of English', () => {
    expect(Object.keys(assessmentStrings('de')).sort()).toEqual(Object.keys(ASSESSMENT_WORDS).sort());
  });

  it('names the file, line and key of a missing word', () => {
    const errors = checkGerman((text) => text.replace(/^ {2}notScored: .*\n/m, ''));
    const group = lineOf('content/strings/de.yaml', 'assessment:');
    const english = lineOf('content/strings/en.yaml', '  notScored:');
    expect(errors).toEqual([
      `content/strings/de.yaml:${group}: field "assessment.notScored": is missing: content/strings/en.yaml:${english} has it; add its Deutsch text`,
    ]);
  });

  it('a German result reads in German: scores, changes, what is missing and the pyramid', () => {
    const de = assessmentStrings('de') as AssessmentWords;
    expect(formatScore(null, 'de-DE', de)).toBe('ohne Wert');
    expect(formatScore(37.5, 'de-DE', de)).toBe('37,5');
    expect(formatChange(0.01, 'de-DE', de)).toBe('unverändert');
    expect(formatChange(-12.5, 'de-DE', de)).toBe('−12,5');
    expect(formatChange(null, 'de-DE', de)).toBe('nicht vergleichbar');
    const q = Q;
    const empty = scoreAssessment(q, { ratings: {}, pyramid: {} });
    expect(provisionalSummaryIn(de, empty)).toBe('Noch ist keine Aussage bewertet, daher gibt es noch keinen Wert.');
    expect(minimumRuleIn(de, empty)).toMatch(
      /^Der Wert einer Dimension steht, sobald mehr als die Hälfte ihrer Aussagen bewertet ist \(\d+ von \d+/,
    );
    const d = empty.dimensions[0]!;
    expect(dimensionNeedsIn(de, d, 'Weiß nicht')).toBe(
      `noch ${d.needed} Aussage${d.needed === 1 ? '' : 'n'} bewerten (0 der ${d.needed} nötigen)`,
    );
    expect(levelStatusTextIn(de, { level: 'x', number: 3, answer: 'yes', status: 'yesAboveUnmet', unmetBelow: 2 }, 'Weiß nicht')).toBe(
      'ja, aber Stufe 2 darunter ist noch nicht erreicht',
    );
  });
});

describe('a share link that cannot be used, in German', () => {
  it('names every problem in German, with German plurals and quotation marks', () => {
    const de = assessmentStrings('de') as AssessmentWords;
    expect(decodeShareIn(de, Q, 'https://example.org/')).toEqual({
      ok: false,
      error:
        'Dieser Link enthält keine Antworten der Selbsteinschätzung: Er sollte auf #v=…&a=…&p=… enden, so wie ihn die Schaltfläche zum Teilen beim Ergebnis kopiert.',
    });
    const r = decodeShareIn(de, Q, `v=${Q.version}&a=1-2&p=yy`);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toBe(
      `Dieser Link lässt sich nicht verwenden: er hat Antworten für 2 Dimensionen, der Fragebogen hat aber ${Q.dimensions.length}; er hat 2 Antworten zur Pyramide, es gibt aber ${Q.pyramid.length} Fragen zur Pyramide.`,
    );
    const v = decodeShareIn(de, Q, 'v=x1&a=&p=');
    expect(!v.ok && v.error).toMatch(
      /^Dieser Link lässt sich nicht verwenden: die Version des Fragebogens \(v\) muss eine ganze Zahl wie 1 sein, nicht „x1“;/,
    );
  });
});

describe('the workshop files in German', () => {
  const de = () => assessmentStrings('de') as AssessmentWords;
  const session = {
    ...newSession('s-1', '2026-03-02', 1),
    name: 'Q1-Rückblick',
    team: 'Service',
    actions: [
      { id: 'a', text: 'Eine verantwortliche Person benennen', owner: 'Dana', due: '2026-04-30', dimension: 'a', status: 'open' as const },
    ],
  };

  it('the calendar event', () => {
    expect(reviewEventTextIn(de(), session, 'https://cx.example.org/de/assessment/workshop/')).toEqual({
      summary: 'CX-Reifegrad-Überprüfung: Q1-Rückblick (Service)',
      description: [
        'Nächster Durchgang der CX-Reifegrad-Selbsteinschätzung nach „Q1-Rückblick“ vom 2026-03-02.',
        'Alle antworten zuerst für sich und schicken ihren Link zum Teilen; dann prüfen Sie die Maßnahmen unten.',
        '',
        'Zu prüfende Maßnahmen:',
        '- Eine verantwortliche Person benennen (Dana, fällig am 2026-04-30)',
        '',
        'Workshop-Seite: https://cx.example.org/de/assessment/workshop/',
      ].join('\n'),
    });
  });

  it('the CSV: section heads, the pyramid levels and the action status', () => {
    const rows = workshopCsvRowsIn(de(), Q, session, summariseWorkshop(Q, []));
    expect(rows[0]).toEqual(['Sitzung', 'Q1-Rückblick']);
    expect(rows).toContainEqual(['Pyramidenstufe', 'Erreicht (ja hier und darunter)', 'Ja', 'Nein', 'Weiß nicht', 'Keine Antwort']);
    expect(rows.some((r) => r[0] === 'Stufe 1')).toBe(true);
    expect(rows.at(-1)).toEqual(['Eine verantwortliche Person benennen', 'Dana', '2026-04-30', Q.dimensions[0]!.title, 'offen']);
  });
});

describe('plan download words in content', () => {
  const plan: PlanPattern[] = [
    {
      id: 'p',
      title: 'Pattern',
      href: '/failures/p/',
      theme: 'Theme',
      symptoms: [{ id: 's', text: 'A symptom' }],
      plays: [{ id: 'y', text: 'A play', owner: 'Head of CX', effort: 'weeks' }],
    },
  ];

  it('English in content/strings/en.yaml is exactly the words the downloads fall back on', () => {
    const en = stringsUnder('en', 'plan.');
    expect(Object.fromEntries(Object.keys(PLAN_FILE_WORDS).map((k) => [k, en[k]]))).toEqual(PLAN_FILE_WORDS);
  });

  it('German downloads have German heads, kinds and effort', () => {
    const de = stringsUnder('de', 'plan.') as unknown as typeof PLAN_FILE_WORDS;
    const words = { ...de, effort: { hours: 'Stunden', days: 'Tage', weeks: 'Wochen', months: 'Monate' } };
    expect(planCsv(plan, words).split('\r\n').slice(0, 2)).toEqual([
      'Muster,Art,Text,Zuständig,Aufwand',
      'Pattern,Schritt,A play,Head of CX,Wochen',
    ]);
    expect(planMarkdown(plan, 'Mein Plan', '', words)).toContain('- [ ] A play (zuständig: Head of CX; Aufwand: Wochen)');
  });
});
