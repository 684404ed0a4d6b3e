// "My plan": the plays and symptoms the reader ticked on the pattern pages, by pattern, with each
// play's owner and effort; download as CSV or Markdown, print, or clear. The ticks are read from
// this browser's storage after hydration (the HTML built beforehand cannot know them).
import { useEffect, useState } from 'react';
import { saveFile } from '../../lib/browser/download.ts';
import { clearTicks, planCsv, planMarkdown, readTicks, selectPlan, type PlanPattern } from '../../lib/browser/plan';

interface Props {
  /** Every pattern with its tickable lines, in reading order (src/data/plan.ts). */
  patterns: PlanPattern[];
  /** Link to /failures/, base path included. */
  failuresHref: string;
  /** The site's name, for the Markdown heading and file names. */
  siteTitle: string;
}

const fileDate = () => new Date().toISOString().slice(0, 10);

export default function PlanView({ patterns, failuresHref, siteTitle }: Props) {
  // null until hydrated: the build has no access to the reader's ticks.
  const [ticked, setTicked] = useState<Set<string> | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => setTicked(readTicks()), []);

  if (ticked === null)
    return (
      <p className="plan-empty">
        My plan lists the plays and symptoms you tick on the <a href={failuresHref}>failure pattern pages</a>. The ticks are kept in this
        browser only, so this page needs JavaScript to read them.
      </p>
    );

  const plan = selectPlan(patterns, ticked);
  const plays = plan.reduce((n, p) => n + p.plays.length, 0);
  const symptoms = plan.reduce((n, p) => n + p.symptoms.length, 0);
  if (plan.length === 0)
    return (
      <>
        <p className="plan-empty">
          Nothing is ticked yet. Open a <a href={failuresHref}>failure pattern</a>, tick the symptoms you recognise and the plays you will
          take on, and they appear here.
        </p>
        <p className="plan-status" role="status">
          {status}
        </p>
      </>
    );

  const title = `${siteTitle}: my plan`;
  return (
    <div className="plan">
      <p>
        {plays} {plays === 1 ? 'play' : 'plays'} and {symptoms} {symptoms === 1 ? 'symptom' : 'symptoms'} ticked, across {plan.length}{' '}
        {plan.length === 1 ? 'pattern' : 'patterns'}.
      </p>
      <div className="plan-buttons">
        <button
          type="button"
          className="button"
          onClick={() => {
            const name = `cx-playbook-plan-${fileDate()}.csv`;
            saveFile(name, planCsv(plan), 'text/csv');
            setStatus(`Downloaded ${name}.`);
          }}
        >
          Download CSV
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            const name = `cx-playbook-plan-${fileDate()}.md`;
            saveFile(name, planMarkdown(plan, title, location.origin), 'text/markdown');
            setStatus(`Downloaded ${name}.`);
          }}
        >
          Download Markdown
        </button>
        <button type="button" className="button secondary" onClick={() => print()}>
          Print
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            clearTicks();
            setTicked(new Set());
            setStatus('Your plan is cleared, and so are the ticks on the pattern pages.');
          }}
        >
          Clear my plan
        </button>
      </div>
      <p className="plan-status" role="status">
        {status}
      </p>
      {plan.map((p) => (
        <section key={p.id} aria-labelledby={`plan-${p.id}`} className="plan-pattern">
          <h2 id={`plan-${p.id}`}>
            <a href={p.href}>{p.title}</a>
          </h2>
          <p className="plan-theme">Theme: {p.theme}</p>
          {p.plays.length > 0 && (
            <>
              <h3>Plays</h3>
              <ul>
                {p.plays.map((play) => (
                  <li key={play.id}>
                    {play.text}
                    <span className="plan-meta">
                      Owner: {play.owner}. Effort: {play.effort}.
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {p.symptoms.length > 0 && (
            <>
              <h3>Symptoms you recognised</h3>
              <ul>
                {p.symptoms.map((s) => (
                  <li key={s.id}>{s.text}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
    </div>
  );
}
