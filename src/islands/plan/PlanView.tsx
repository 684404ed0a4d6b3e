// "My plan": the plays and symptoms the reader ticked on the pattern pages, by pattern, with each
// play's owner and effort; download as CSV or Markdown, print, or clear. The ticks are read from
// this browser's storage after hydration (the HTML built beforehand cannot know them). Its words
// are the page's language's (`plan.*`, `effort.*`), given as props by src/pages/plan.astro.
import { useEffect, useState } from 'react';
import { saveFile } from '../../lib/browser/download.ts';
import { fill } from '../../lib/browser/calculator-words.ts';
import { clearTicks, planCsv, planMarkdown, readTicks, selectPlan, type PlanFileWords, type PlanPattern } from '../../lib/browser/plan';
import type { Effort } from '../../schemas/failures.ts';

/** The plan's words in the page's language: `plan.*` of content/strings/<code>.yaml, keys without the prefix. */
export type PlanWords = Omit<PlanFileWords, 'effort'> &
  Record<
    | 'noScript'
    | 'noScriptLink'
    | 'empty'
    | 'emptyLink'
    | 'ticked'
    | 'playOne'
    | 'playMany'
    | 'symptomOne'
    | 'symptomMany'
    | 'patternOne'
    | 'patternMany'
    | 'fileTitle'
    | 'downloadCsv'
    | 'downloadMarkdown'
    | 'print'
    | 'clear'
    | 'downloaded'
    | 'cleared'
    | 'theme'
    | 'plays'
    | 'symptoms'
    | 'playMeta',
    string
  >;

interface Props {
  /** Every pattern with its tickable lines, in reading order (src/data/plan.ts). */
  patterns: PlanPattern[];
  /** Link to /failures/, base path included. */
  failuresHref: string;
  /** The site's name, for the Markdown heading and file names. */
  siteTitle: string;
  words: PlanWords;
  /** Each effort's name (`effort.*`). */
  efforts: Record<Effort, string>;
  /** The language of the patterns' lines when it is not the page's (they are not translated yet). */
  patternsLang?: string | undefined;
}

const fileDate = () => new Date().toISOString().slice(0, 10);

/** A sentence around one link: `{link}` in `text` is where the link goes. */
function WithLink({ text, href, link }: { text: string; href: string; link: string }) {
  const [before, after = ''] = text.split('{link}');
  return (
    <>
      {before}
      <a href={href}>{link}</a>
      {after}
    </>
  );
}

export default function PlanView({ patterns, failuresHref, siteTitle, words: w, efforts, patternsLang }: Props) {
  // null until hydrated: the build has no access to the reader's ticks.
  const [ticked, setTicked] = useState<Set<string> | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => setTicked(readTicks()), []);

  if (ticked === null)
    return (
      <p className="plan-empty">
        <WithLink text={w.noScript} href={failuresHref} link={w.noScriptLink} />
      </p>
    );

  const plan = selectPlan(patterns, ticked);
  const plays = plan.reduce((n, p) => n + p.plays.length, 0);
  const symptoms = plan.reduce((n, p) => n + p.symptoms.length, 0);
  if (plan.length === 0)
    return (
      <>
        <p className="plan-empty">
          <WithLink text={w.empty} href={failuresHref} link={w.emptyLink} />
        </p>
        <p className="plan-status" role="status">
          {status}
        </p>
      </>
    );

  const title = fill(w.fileTitle, { site: siteTitle });
  const fileWords: PlanFileWords = { ...w, effort: efforts };
  const [themeBefore, themeAfter = ''] = w.theme.split('{theme}');
  const counted = (n: number, one: string, many: string) => fill(n === 1 ? one : many, { count: n });
  return (
    <div className="plan">
      <p>
        {fill(w.ticked, {
          plays: counted(plays, w.playOne, w.playMany),
          symptoms: counted(symptoms, w.symptomOne, w.symptomMany),
          patterns: counted(plan.length, w.patternOne, w.patternMany),
        })}
      </p>
      <div className="plan-buttons">
        <button
          type="button"
          className="button"
          onClick={() => {
            const name = `cx-playbook-plan-${fileDate()}.csv`;
            saveFile(name, planCsv(plan, fileWords), 'text/csv');
            setStatus(fill(w.downloaded, { file: name }));
          }}
        >
          {w.downloadCsv}
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            const name = `cx-playbook-plan-${fileDate()}.md`;
            saveFile(name, planMarkdown(plan, title, location.origin, fileWords), 'text/markdown');
            setStatus(fill(w.downloaded, { file: name }));
          }}
        >
          {w.downloadMarkdown}
        </button>
        <button type="button" className="button secondary" onClick={() => print()}>
          {w.print}
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            clearTicks();
            setTicked(new Set());
            setStatus(w.cleared);
          }}
        >
          {w.clear}
        </button>
      </div>
      <p className="plan-status" role="status">
        {status}
      </p>
      {plan.map((p) => (
        <section key={p.id} aria-labelledby={`plan-${p.id}`} className="plan-pattern">
          <h2 id={`plan-${p.id}`}>
            <a href={p.href} lang={patternsLang}>
              {p.title}
            </a>
          </h2>
          <p className="plan-theme">
            {themeBefore}
            <span lang={patternsLang}>{p.theme}</span>
            {themeAfter}
          </p>
          {p.plays.length > 0 && (
            <>
              <h3>{w.plays}</h3>
              <ul>
                {p.plays.map((play) => (
                  <li key={play.id}>
                    <span lang={patternsLang}>{play.text}</span>
                    <span className="plan-meta">{fill(w.playMeta, { owner: play.owner, effort: efforts[play.effort] })}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {p.symptoms.length > 0 && (
            <>
              <h3>{w.symptoms}</h3>
              <ul>
                {p.symptoms.map((s) => (
                  <li key={s.id} lang={patternsLang}>
                    {s.text}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
    </div>
  );
}
