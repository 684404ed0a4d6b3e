// The business case's own words live in content/strings/<lang>.yaml under businessCase: the English
// file holds exactly the default words the code keeps for tests, a German page's document, Markdown,
// ROI range and messages are German, and a strings file that lacks one is named by file, line and key.
import { describe, expect, it } from 'vitest';
import type { CaseDocument } from '../../../src/calculators/business-case/document.ts';
import { caseMarkdownIn } from '../../../src/calculators/business-case/markdown.ts';
import { CASE_WORDS, CASE_WORD_KEYS, type CaseWords } from '../../../src/calculators/business-case/words.ts';
import { fieldSpecs } from '../../../src/calculators/shared/fields.ts';
import { CLV_FORM } from '../../../src/calculators/clv/fields.ts';
import { readSavedScenariosIn } from '../../../src/lib/browser/case-scenarios.ts';
import type { Rules } from '../../../src/lib/browser/inputs.ts';
import { checkScenarioValues } from '../../../src/lib/browser/scenarios.ts';
import { assembleCase, type CaseToolInfo } from '../../../src/islands/business-case/assemble.ts';
import { caseDefinitionsIn, caseFormsIn, caseRangesIn } from '../../../src/islands/business-case/case-tools.ts';
import { readSaved } from '../../../src/islands/business-case/read-saved.ts';
import { checkGerman, germanStyle, lineOf, stringsUnder } from './tool-words-helpers.ts';

const caseStrings = (code: string) => stringsUnder(code, 'businessCase.');
const GERMAN = caseStrings('de') as unknown as CaseWords;

describe('business case words in content', () => {
  it('English in content/strings/en.yaml is exactly the words the code keeps', () => {
    expect(caseStrings('en')).toEqual(CASE_WORDS);
    expect(CASE_WORD_KEYS).toEqual(Object.keys(CASE_WORDS));
  });

  it('German has every key of English, and the same placeholders', () => {
    expect(Object.keys(GERMAN).sort()).toEqual(Object.keys(CASE_WORDS).sort());
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of CASE_WORD_KEYS) expect(names(GERMAN[key]), key).toEqual(names(CASE_WORDS[key]));
  });

  it('names the file, line and key of a missing word', () => {
    const errors = checkGerman((text) => text.replace(/^ {2}summaryLine: .*\n/m, ''));
    const group = lineOf('content/strings/de.yaml', 'businessCase:');
    const english = lineOf('content/strings/en.yaml', '  summaryLine:');
    expect(errors).toEqual([
      `content/strings/de.yaml:${group}: field "businessCase.summaryLine": is missing: content/strings/en.yaml:${english} has it; add its Deutsch text`,
    ]);
  });
});

const DOC: CaseDocument = {
  date: '30. November 2026',
  summary: [{ section: 'Kosten der Abwanderung', text: '„Heute“: Marge 20.000 €.' }],
  sections: [
    {
      id: 'churn-1',
      tool: 'churn',
      toolTitle: 'Kosten der Abwanderung',
      scenario: 'Heute',
      href: 'https://example.org/de/tools/churn/',
      inputs: [{ label: 'Kunden heute', value: '1.000' }],
      results: [{ label: 'Marge', value: '20.000 €', emphasis: true }],
      charts: [],
      tables: [],
      method: { summary: 'Abwanderung mal Umsatz.', href: 'https://example.org/de/tools/churn/#method' },
    },
  ],
  evidence: [],
  sources: [],
};

/** A tool as a German business case page describes it, with `defaults` as its content's. */
const tool = (id: 'clv' | 'roi', title: string, defaults: Record<string, number | string>): CaseToolInfo => ({
  id,
  title,
  summary: '',
  href: `/de/tools/${id}/`,
  methodHref: `/de/tools/${id}/#method`,
  content: {
    fields: {},
    defaults,
    presets: [],
    currency: 'EUR',
    currencies: ['EUR'],
    locale: 'de-DE',
    locales: ['de-DE'],
    words: germanStyle().words as never,
  },
});

describe('a German business case', () => {
  it('writes its Markdown in German', () => {
    const md = caseMarkdownIn(DOC, GERMAN);
    expect(md).toContain('# Business Case\n');
    expect(md).toContain('Erstellt am 30. November 2026.');
    expect(md).toContain('## Zusammenfassung\n');
    expect(md).toContain('- **Fehlermuster, gegen die dieser Business Case angeht**: Keine Fehlermuster ausgewählt.');
    expect(md).toContain('## Kosten der Abwanderung: „Heute“\n');
    expect(md).toContain('[Zum Werkzeug](https://example.org/de/tools/churn/)');
    expect(md).toContain('| Eingabe | Wert |');
    expect(md).toContain('### Methode\n');
    expect(md).not.toMatch(/\b(Summary|Inputs|Results|Method|Open the tool)\b/);
  });

  it('presents each tool, its summary line and the ROI range in German words from the page', () => {
    const clv = {
      orderValue: 60,
      ordersPerYear: 3,
      margin: 40,
      retention: 70,
      discountRate: 8,
      acquisitionCost: 120,
      horizon: 2,
      retentionWhatIf: 5,
    };
    // An ROI scenario with one range, so its section has the simulation's table and chances.
    const roi = {
      customers: 1000,
      revenuePerCustomer: 500,
      margin: 50,
      retention: 80,
      retentionUplift: 2,
      spendUplift: 0,
      contactsPerYear: 0,
      costPerContact: 0,
      deflection: 0,
      investment: 20000,
      runningCost: 0,
      horizon: 3,
      discountRate: 8,
      riskRetention: 0,
      riskSpend: 0,
      riskDeflection: 0,
      ranges: 'retentionUplift:1:4',
      seed: 1,
    };
    const toolWords = { clv: stringsUnder('de', 'tools.clv.'), roi: stringsUnder('de', 'tools.roi.') };
    const doc = assembleCase({
      definitions: caseDefinitionsIn(toolWords, 'de-DE'),
      ranges: caseRangesIn(GERMAN, toolWords),
      picks: [
        { tool: 'clv', scenario: { name: 'Basis', values: clv } },
        { tool: 'roi', scenario: { name: 'Plan', values: roi } },
      ],
      tools: [tool('clv', 'Kundenwert', clv), tool('roi', 'CX-ROI', roi)],
      patterns: [],
      sources: {},
      style: germanStyle(),
      date: '1. Dezember 2026',
      words: GERMAN,
    });
    const section = doc.sections[0]!;
    expect(section.results[0]!.label).toBe(toolWords.clv['clvLabel']);
    expect(section.inputs.find((r) => r.value.includes('Jahre'))?.value).toBe('2 Jahre');
    expect(doc.summary[0]!.text).toMatch(/^„Basis“: .*\.$/);
    expect(doc.summary[0]!.text).toContain(`${toolWords.clv['clvLabel']} `);
    // The ROI range's simulation table and chances in the ROI tool's German words, as its page writes them.
    const range = doc.sections[1]!.range!;
    const simulation = range.tables.find((t) => t.id === 'roi-simulation')!;
    expect(simulation.title).toBe('Simulierter Kapitalwert und simulierte Amortisationsdauer');
    expect(simulation.head).toEqual(['Kennzahl', 'P10', 'P50 (Median)', 'P90']);
    const chances = range.tables.find((t) => t.id === 'roi-chances')!;
    expect(chances.rows[0]![0]).toBe('Wahrscheinlichkeit eines positiven Kapitalwerts');
    expect(chances.rows[1]![0]).toBe('Wahrscheinlichkeit der Amortisation im Zeitraum (3 Jahre)');
  });

  it("leaves out a saved ROI scenario that breaks the form's rules, saying why in German", () => {
    const toolWords = { roi: stringsUnder('de', 'tools.roi.') };
    // Retention 98% with an uplift of 10 points passes 100%: the uplift can be at most 2 points.
    const list = JSON.stringify({ scenarios: [{ name: 'Zu viel', values: { retention: 98, retentionUplift: 10 } }] });
    const read = readSaved(
      [tool('roi', 'CX-ROI', {})],
      germanStyle(),
      { scenarios: { roi: list }, prefs: null },
      GERMAN as never,
      (locale) => caseFormsIn(caseDefinitionsIn(toolWords, locale), toolWords),
    );
    expect(read.lists.roi).toEqual([]);
    expect(read.problems.join(' ')).toContain('die Steigerung darf also höchstens 2 Prozentpunkte betragen');
    expect(read.problems.join(' ')).not.toMatch(/retention plus uplift/);
  });

  it('writes the messages about saved scenarios in German', () => {
    const check = checkScenarioValues({
      rules: CLV_FORM.rules as Rules | undefined,
      specs: fieldSpecs(CLV_FORM.fields),
      labels: {},
      defaults: {},
      style: germanStyle(),
    });
    const inputs = { keys: Object.keys(CLV_FORM.fields), defaults: {}, labels: {} };
    expect(readSavedScenariosIn('{oops', check, 'Kundenwert', inputs, GERMAN).problems).toEqual([
      'Kundenwert: Die gespeicherte Liste ließ sich nicht lesen (sie hat nicht die Form, in der das Werkzeug speichert), daher wird keines ihrer Szenarien verwendet.',
    ]);
    const list = JSON.stringify({ scenarios: [{ name: '', values: {} }] });
    expect(readSavedScenariosIn(list, check, 'Kundenwert', inputs, GERMAN).problems).toEqual([
      'Kundenwert: Gespeichertes Szenario 1 hat keinen Namen und wurde weggelassen.',
    ]);
  });
});
