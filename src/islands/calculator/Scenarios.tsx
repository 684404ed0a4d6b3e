// The Scenarios section of a calculator: a heading, a sentence and a button. Everything else (the
// saved list, the comparison, its CSV and the link that carries the scenarios) is ScenarioPanel.tsx,
// fetched by dynamic import() only when the reader opens the section or opens a link that carries
// scenarios, so a tool page's first load pays for none of it.
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { SCENARIO_KEY } from '../../lib/browser/url-fragment.ts';
import type { ScenarioPanelProps } from './ScenarioPanel.tsx';

// (lazy() drops the panel's type parameters; they are put back here.)
const Panel = lazy(() => import('./ScenarioPanel.tsx')) as unknown as <I, R>(props: ScenarioPanelProps<I, R>) => ReactNode;

/** The section, with the panel once opened (it then stays mounted; closing only hides it). */
export function Scenarios<I, R>(props: Omit<ScenarioPanelProps<I, R>, 'link'>) {
  // null until first opened: the panel's code is fetched then.
  const [open, setOpen] = useState<boolean | null>(null);
  const [link, setLink] = useState('');
  const panelId = `${props.id}-scen`;
  const w = props.content.words;
  useEffect(() => {
    const read = () => {
      if (!new URLSearchParams(window.location.hash.slice(1)).has(SCENARIO_KEY)) return;
      setLink(window.location.hash);
      setOpen(true);
    };
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);
  // Scenarios need the browser's storage: without JavaScript the section is not there at all.
  if (!props.calc.hydrated) return null;
  return (
    <section className="calc-scenarios" aria-labelledby={`${panelId}-title`}>
      <h2 id={`${panelId}-title`}>{w.scenarios}</h2>
      <p className="calc-help">{w.scenariosIntro}</p>
      <button
        type="button"
        className="calc-button secondary"
        aria-expanded={Boolean(open)}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {open ? w.scenariosHide : w.scenariosOpen}
      </button>
      <div id={panelId} className="calc-scen" hidden={!open}>
        {open === null ? null : (
          <Suspense fallback={<p>{w.scenariosLoading}</p>}>
            <Panel {...props} link={link} />
          </Suspense>
        )}
      </div>
    </section>
  );
}
