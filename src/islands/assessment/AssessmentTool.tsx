// The maturity self-assessment: the questionnaire (one dimension at a time or all on one page),
// the live result, and the history. Everything stays in the browser.
import { z } from 'astro/zod';
import { useEffect, useMemo, useRef, useState } from 'react';
import { progress } from '../../calculators/assessment/answers.ts';
import { buildExport } from '../../calculators/assessment/export.ts';
import { snapshot } from '../../calculators/assessment/history.ts';
import { scoreAssessment } from '../../calculators/assessment/score.ts';
import { encodeAnswers } from '../../calculators/assessment/share.ts';
import { readStored, storageKey, writeStored } from '../../lib/browser/storage.ts';
import { DimensionFields } from './DimensionFields.tsx';
import { HistoryView } from './HistoryView.tsx';
import { PyramidFields } from './PyramidFields.tsx';
import { RadioGroup } from './RadioGroup.tsx';
import { ResultActions } from './ResultActions.tsx';
import { ResultView } from './ResultView.tsx';
import type { AssessmentContent } from '../../data/assessment.ts';
import { useAnswers } from './use-answers.ts';
import { useHistory } from './use-history.ts';
import { fill } from '../../lib/browser/calculator-words.ts';
import './assessment.css';

type Mode = 'step' | 'all';
const MODE_KEY = storageKey('assessment:mode');

export default function AssessmentTool(content: AssessmentContent) {
  const { questionnaire: q, levels, locale, toolHref, words: w } = content;
  const state = useAnswers(q, w);
  const history = useHistory(w);
  const [mode, setMode] = useState<Mode>('step');
  const [step, setStep] = useState(0);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  // Bumped to move focus to the step's heading once the step has rendered.
  const [focusRequest, setFocusRequest] = useState(0);
  const steps = q.dimensions.length + 1; // every dimension, then the pyramid

  const result = useMemo(() => scoreAssessment(q, state.answers), [q, state.answers]);
  const answered = progress(q, state.answers);
  const fragment = encodeAnswers(q, state.answers);

  useEffect(() => {
    const stored = readStored(MODE_KEY, z.enum(['step', 'all']));
    if (stored) setMode(stored);
    // Failure pages link to #dimension-<id>: open that dimension.
    const openAnchor = () => {
      const id = /^#dimension-(.+)$/.exec(location.hash)?.[1];
      const i = q.dimensions.findIndex((d) => d.id === id);
      if (i >= 0) {
        setStep(i);
        setFocusRequest((n) => n + 1);
      }
    };
    openAnchor();
    addEventListener('hashchange', openAnchor);
    return () => removeEventListener('hashchange', openAnchor);
  }, [q]);

  useEffect(() => {
    if (!focusRequest) return;
    stepHeading.current?.focus();
    stepHeading.current?.scrollIntoView({ block: 'start' });
  }, [focusRequest]);

  const go = (to: number) => {
    setFocusRequest((n) => n + 1);
    setStep(Math.max(0, Math.min(steps - 1, to)));
  };
  const changeMode = (m: Mode) => {
    setMode(m);
    writeStored(MODE_KEY, m);
  };
  const showResult = () => {
    resultHeading.current?.focus();
    resultHeading.current?.scrollIntoView({ block: 'start' });
  };

  const dimensionFields = (i: number) => (
    <DimensionFields
      key={q.dimensions[i]!.id}
      q={q}
      dim={q.dimensions[i]!}
      number={i + 1}
      answers={state.answers}
      onRate={state.setRating}
      headingRef={mode === 'step' ? stepHeading : undefined}
    />
  );
  const pyramidFields = (
    <PyramidFields
      q={q}
      w={w}
      levels={levels}
      answers={state.answers}
      onAnswer={state.setPyramid}
      headingRef={mode === 'step' ? stepHeading : undefined}
    />
  );

  return (
    <div className="as-tool">
      {state.notices.map((n) => (
        <div key={n.text} className={`as-notice as-${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
          <p>{n.text}</p>
          {state.fromLink && (
            <button type="button" className="button secondary" onClick={state.backToOwn}>
              {w.showOwn}
            </button>
          )}
        </div>
      ))}
      {history.problems.length > 0 && (
        <p className="as-notice as-info" role="status">
          {history.problems.join(' ')}
        </p>
      )}

      <section className="as-form" aria-labelledby="as-questions-title">
        <h2 id="as-questions-title">{w.questionnaire}</h2>
        <p>{fill(w.questionnaireIntro, { dontKnow: q.dontKnow })}</p>
        <RadioGroup
          name="as-mode"
          legend={w.modeLegend}
          value={mode}
          onChange={changeMode}
          className="as-inline"
          options={[
            { value: 'step', label: w.modeStep },
            { value: 'all', label: w.modeAll },
          ]}
        />
        <div className="as-progress">
          <label htmlFor="as-progress">{w.progress}</label>
          <progress id="as-progress" max={answered.total} value={answered.answered} />
          <span data-testid="progress">{fill(w.answered, { answered: answered.answered, total: answered.total })}</span>
        </div>

        {mode === 'all' ? (
          <>
            {q.dimensions.map((_, i) => dimensionFields(i))}
            {pyramidFields}
          </>
        ) : (
          <>
            <p className="as-step">{fill(w.step, { step: step + 1, steps })}</p>
            {step < q.dimensions.length ? dimensionFields(step) : pyramidFields}
            <div className="as-buttons">
              <button type="button" className="button secondary" onClick={() => go(step - 1)} disabled={step === 0}>
                {w.previous}
              </button>
              {step < steps - 1 ? (
                <button type="button" className="button" onClick={() => go(step + 1)}>
                  {w.next}
                </button>
              ) : (
                <button type="button" className="button" onClick={showResult}>
                  {w.seeResult}
                </button>
              )}
            </div>
          </>
        )}
        <p>
          <button
            type="button"
            className="as-link-button"
            onClick={() => {
              if (confirm(w.clearConfirm)) {
                state.clear();
                go(0);
              }
            }}
          >
            {w.clear}
          </button>
        </p>
      </section>

      <ResultView content={content} result={result} answered={answered} headingRef={resultHeading}>
        <ResultActions
          w={w}
          fragment={fragment}
          toolHref={toolHref}
          hasResult={result.overall !== null}
          canSave={result.holds}
          onSave={() => history.add(snapshot(q, state.answers, result, new Date()))}
          exportJson={() => {
            const now = new Date();
            const doc = { ...buildExport(q, state.answers, result, now), shareLink: `${location.origin}${toolHref}#${fragment}` };
            return { name: `cx-maturity-assessment-${now.toISOString().slice(0, 10)}.json`, text: JSON.stringify(doc, null, 2) };
          }}
        />
      </ResultView>

      <HistoryView q={q} w={w} entries={history.entries} locale={locale} workshopHref={content.workshopHref} onDelete={history.remove} />
    </div>
  );
}
