// The CX ROI tool's own words live in content/strings/<lang>.yaml under tools.roi: the English file
// holds exactly the default words the code falls back on, a German page gets German words, and a
// strings file that lacks a tool word is named by file, line and key.
import { describe, expect, it } from 'vitest';
import { calculateRoi } from '../../../src/calculators/roi/calculate.ts';
import type { RoiInput } from '../../../src/calculators/roi/schema.ts';
import { ROI_WORDS, type RoiWords } from '../../../src/calculators/roi/words.ts';
import { makeFormatters } from '../../../src/islands/calculator/formatters.ts';
import { roiDefinition, roiDefinitionIn } from '../../../src/islands/roi/roi-definition.ts';
import { roiWorkingIn } from '../../../src/islands/roi/roi-working-in.ts';
import { checkGerman, lineOf, stringsUnder } from './tool-words-helpers.ts';

/** The `tools.roi.*` strings of one language's file, keys without the prefix. */
const roiStrings = (code: string) => stringsUnder(code, 'tools.roi.');

// No customers, so the only benefit is deflection: 1,000 contacts × 10% × €5 = 500 a year, with no
// running cost, an upfront investment of 1,000, 5 years and no discounting.
const input: RoiInput = {
  customers: 0,
  revenuePerCustomer: 100,
  margin: 50,
  retention: 80,
  retentionUplift: 2,
  spendUplift: 0,
  contactsPerYear: 1000,
  costPerContact: 5,
  deflection: 10,
  investment: 1000,
  runningCost: 0,
  horizon: 5,
  discountRate: 0,
};
const labels = { contactsPerYear: 'Servicekontakte pro Jahr' };

describe('ROI words in content', () => {
  it('English in content/strings/en.yaml is exactly the words the code falls back on', () => {
    expect(roiStrings('en')).toEqual(ROI_WORDS);
  });

  it('German has every key of English', () => {
    expect(Object.keys(roiStrings('de')).sort()).toEqual(Object.keys(ROI_WORDS).sort());
  });

  it('the definition in code uses the default words and loads the default working', async () => {
    const fmt = makeFormatters({ currency: 'EUR', locale: 'en-GB' });
    const view = { input, result: calculateRoi(input), fmt, labels };
    // Nets −1,000 then 500 a year for 5 years: NPV at 0% = −1,000 + 5 × 500 = 1,500; ROI = (2,500 − 1,000) / 1,000 = 150%;
    // cumulative −1,000, −500, 0: the last year ending below zero is year 1, so 12 × (1 + 500 / (0 + 500)) = 24 months.
    expect(roiDefinition.summary(view)).toBe('NPV €1,500. ROI 150%. Payback: 24 months.');
    expect((await roiDefinition.working())(view)[0]!.label).toBe('Customers still there in year 1');
  });

  it('names the file, line and key of a missing tool word', () => {
    // Deleting the npvLabel line from de.yaml: the check reports it at its group (`  roi:` under
    // `tools:`) and points at the line of en.yaml that has it.
    const errors = checkGerman((text) => text.replace(/^ {4}npvLabel: .*\n/m, ''));
    const group = lineOf('content/strings/de.yaml', '  roi:');
    const english = lineOf('content/strings/en.yaml', '    npvLabel:');
    expect(errors).toEqual([
      `content/strings/de.yaml:${group}: field "tools.roi.npvLabel": is missing: content/strings/en.yaml:${english} has it; add its Deutsch text`,
    ]);
  });

  it('names the file, line and key of a tool word that drops a placeholder', () => {
    const errors = checkGerman((text) => text.replace("workSwing: 'größte Spanne {swing}'", "workSwing: 'größte Spanne'"));
    const line = lineOf('content/strings/de.yaml', '    workSwing:');
    expect(errors).toEqual([
      `content/strings/de.yaml:${line}: field "tools.roi.workSwing": uses no placeholder where content/strings/en.yaml uses {swing}; keep the same placeholders, translated around`,
    ]);
  });

  it("a German page's form gives the rules' messages in German, with German numbers", () => {
    const de = roiStrings('de') as RoiWords;
    const form = roiDefinitionIn(de, 'de-DE').form;
    const issues = (patch: Partial<RoiInput>) => form.rules!({ ...input, ...patch } as never);
    // Retention 98%: uplift may be at most 100 − 98 = 2 points; at 99%, one point (singular).
    expect(issues({ retention: 98, retentionUplift: 10 })).toEqual([
      {
        field: 'retentionUplift',
        message:
          'Bindungsrate und Steigerung zusammen können 100 % nicht übersteigen; die Steigerung darf also höchstens 2 Prozentpunkte betragen',
      },
    ]);
    expect(issues({ retention: 99, retentionUplift: 10 })[0]!.message).toMatch(/höchstens 1 Prozentpunkt betragen$/);
    // Margin 50%: a high of 35.5% is below it; German writes 35,5 % (no-break space before %).
    expect(issues({ ranges: 'margin:30:35.5' })).toEqual([
      { field: 'margin', message: 'der wahrscheinlichste Wert (50\u00a0%) liegt über dem oberen Wert der Bandbreite (35,5\u00a0%)' },
    ]);
    // The largest allowed investment, 1,000,000,000, grouped the German way.
    expect(issues({ ranges: 'investment:1000:2000000000' })).toEqual([
      {
        field: 'investment',
        message: 'der obere Wert der Bandbreite (2.000.000.000) liegt über dem größten zulässigen Wert, 1.000.000.000',
      },
    ]);
    expect(issues({ ranges: 'margin::60' })).toEqual([
      { field: 'margin', message: 'der untere Wert der Bandbreite ist leer: Tragen Sie ihn ein oder entfernen Sie die Bandbreite' },
    ]);
    expect(issues({ ranges: 'horizon:1:3' })).toEqual([
      { field: 'ranges', message: '„horizon“ ist keine Eingabe, für die sich eine Bandbreite angeben lässt' },
    ]);
  });

  it('a German page shows German results, tables, working and charts', async () => {
    const de = roiStrings('de') as RoiWords;
    const definition = roiDefinitionIn(de);
    const fmt = makeFormatters({ currency: 'EUR', locale: 'de-DE' });
    const view = { input, result: calculateRoi(input), fmt, labels };
    const results = definition.results(view);
    expect(results[0]!.label).toBe('Kapitalwert');
    // 5 years at 0%: German puts a no-break space before % (and before €).
    expect(results[0]!.note).toBe('Nettozuflüsse über 5 Jahre, abgezinst mit 0\u00a0% pro Jahr');
    // The same figures as in English above: NPV 1.500 €, ROI 150 %, payback 24 months.
    expect(definition.summary(view)).toBe('Kapitalwert 1.500\u00a0€. ROI 150\u00a0%. Amortisationsdauer: 24 Monate.');
    expect(definition.groups?.map((g) => g.legend)).toEqual(['Ihr Kundenstamm heute', 'Was das Programm verändert', 'Kosten und Zeitraum']);
    const years = definition.tables!(view).find((t) => t.id === 'roi-years')!;
    expect(years.title).toBe('Jahr für Jahr');
    expect(years.csvHead?.[3]).toBe('Nutzen (EUR)');
    // Year 0 nets −1,000 (the investment), each later year 500: the working lists them year by year
    // (Intl's de-DE money writes its minus as a hyphen-minus).
    const working = roiWorkingIn(de)(view);
    expect(working.find((s) => s.label === 'Nettozufluss je Jahr')!.substituted).toBe(
      'Jahr 0: -1.000\u00a0€; Jahr 1: 500\u00a0€; Jahr 2: 500\u00a0€; Jahr 3: 500\u00a0€; Jahr 4: 500\u00a0€; Jahr 5: 500\u00a0€',
    );
    // The sensitivity step: each driver × (1 − 20%) and × (1 + 20%), in German digits.
    expect(working.find((s) => s.label === 'Sensitivität')!.formula).toBe(
      'Kapitalwert mit einer Größe × 0,8 und × 1,2, innerhalb ihres zulässigen Bereichs',
    );
    const [cash, tornado] = definition.charts(view);
    expect(cash!.title).toBe('Nutzen nach Quelle und kumulierter Nettozufluss, Jahr für Jahr');
    expect(cash!.categories?.[0]).toBe('Jahr 0');
    // Cumulative net flow at the end: −1,000 + 5 × 500 = 1,500; it pays back (in year 2).
    expect(cash!.summary).toBe(
      'Dem Nutzen von insgesamt 2.500\u00a0€ stehen Kosten von 1.000\u00a0€ gegenüber; der kumulierte Nettozufluss endet bei 1.500\u00a0€.',
    );
    expect(tornado!.title).toBe('Sensitivität: Kapitalwert, wenn je eine Größe 20 % niedriger oder höher ist');
    expect(tornado!.summary).toMatch(/^Der Kapitalwert im Basisfall beträgt 1\.500\u00a0€\. Am stärksten wirkt /);
  });
});
