// The actions the team agrees, each with an owner and a due date, kept with the session and
// checked at the next one: the last session's actions are listed first so their status can be
// updated before new ones are added.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Questionnaire } from '../../calculators/assessment/questionnaire.ts';
import {
  ACTION_STATUSES,
  isOverdue,
  type ActionStatus,
  type WorkshopAction,
  type WorkshopSession,
} from '../../calculators/assessment/session.ts';
import { DataTable } from '../shared/DataTable.tsx';
import type { AssessmentWords } from '../../calculators/assessment/words.ts';
import { fill } from '../../lib/browser/calculator-words.ts';

const STATUS_LABEL = { open: 'wsOpenLabel', done: 'wsDoneLabel', dropped: 'wsDroppedLabel' } as const satisfies Record<
  ActionStatus,
  keyof AssessmentWords
>;

interface TableProps {
  q: Questionnaire;
  actions: readonly WorkshopAction[];
  caption: string;
  today: string;
  onStatus: (id: string, status: ActionStatus) => void;
  onRemove?: ((id: string) => void) | undefined;
  testId: string;
  w: AssessmentWords;
}

/** Actions with their owner, due date, dimension and a status to change. */
export function ActionTable({ q, actions, caption, today, onStatus, onRemove, testId, w }: TableProps) {
  const title = (id: string) => q.dimensions.find((d) => d.id === id)?.title ?? '';
  return (
    <DataTable
      className="as-table ws-actions"
      stack
      data-testid={testId}
      caption={caption}
      columns={[
        w.wsAction,
        w.wsOwner,
        w.wsDue,
        w.dimension,
        w.wsStatus,
        ...(onRemove ? [<span className="visually-hidden">{w.wsRemove}</span>] : []),
      ]}
      labels={[w.wsOwner, w.wsDue, w.dimension, w.wsStatus, '']}
      rows={actions.map((a) => ({
        key: a.id,
        attributes: { 'data-status': a.status },
        head: a.text,
        cells: [
          a.owner || '—',
          a.due ? `${a.due}${isOverdue(a, today) ? ` ${w.trendOverdue}` : ''}` : '—',
          title(a.dimension) || '—',
          <select
            aria-label={fill(w.wsStatusOf, { text: a.text })}
            value={a.status}
            onChange={(e) => onStatus(a.id, e.target.value as ActionStatus)}
          >
            {ACTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {w[STATUS_LABEL[s]]}
              </option>
            ))}
          </select>,
          ...(onRemove
            ? [
                <button type="button" className="as-link-button" onClick={() => onRemove(a.id)}>
                  {w.wsRemove}
                  <span className="visually-hidden"> {fill(w.wsRemoveWhich, { text: a.text })}</span>
                </button>,
              ]
            : []),
        ],
      }))}
    />
  );
}

interface Props {
  q: Questionnaire;
  session: WorkshopSession;
  previous: WorkshopSession | null;
  today: string;
  onChange: (patch: Partial<WorkshopSession>) => void;
  onChangePrevious: (id: string, patch: Partial<WorkshopSession>) => void;
  /** A dimension to preselect, with a counter so the same one can be asked for twice. */
  request: { dimension: string; n: number };
  makeId: () => string;
  w: AssessmentWords;
}

export function WorkshopActions({ q, session, previous, today, onChange, onChangePrevious, request, makeId, w }: Props) {
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [dimension, setDimension] = useState('');
  const [status, setStatus] = useState('');
  const textField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!request.n) return;
    setDimension(request.dimension);
    textField.current?.focus();
    textField.current?.scrollIntoView({ block: 'center' });
  }, [request]);

  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) {
      setStatus(w.wsActionEmpty);
      textField.current?.focus();
      return;
    }
    const action: WorkshopAction = { id: makeId(), text: text.trim(), owner: owner.trim(), due, dimension, status: 'open' };
    onChange({ actions: [...session.actions, action] });
    setText('');
    setOwner('');
    setDue('');
    setDimension('');
    setStatus(fill(w.wsActionAdded, { text: action.text }));
  };
  const setActionStatus = (list: readonly WorkshopAction[], id: string, s: ActionStatus) =>
    list.map((a) => (a.id === id ? { ...a, status: s } : a));

  return (
    <section className="ws-section" aria-labelledby="ws-actions-title">
      <h2 id="ws-actions-title">{w.wsActions}</h2>
      {previous && (
        <ActionTable
          q={q}
          actions={previous.actions}
          caption={fill(w.wsFromLast, {
            session: previous.name ? fill(w.wsLastSession, { date: previous.date, name: previous.name }) : previous.date,
          })}
          today={today}
          onStatus={(id, s) => onChangePrevious(previous.id, { actions: setActionStatus(previous.actions, id, s) })}
          testId="previous-actions"
          w={w}
        />
      )}
      <form className="ws-action-form" onSubmit={add} noValidate>
        <div className="ws-fields">
          <div className="ws-wide">
            <label htmlFor="ws-action-text">{w.wsAction}</label>
            <input id="ws-action-text" ref={textField} type="text" value={text} onChange={(e) => setText(e.target.value)} />
          </div>
          <div>
            <label htmlFor="ws-action-owner">{w.wsOwner}</label>
            <input id="ws-action-owner" type="text" value={owner} onChange={(e) => setOwner(e.target.value)} />
          </div>
          <div>
            <label htmlFor="ws-action-due">{w.wsDueDate}</label>
            <input id="ws-action-due" type="date" value={due} onChange={(e) => setDue(e.target.value)} />
          </div>
          <div>
            <label htmlFor="ws-action-dimension">{w.dimension}</label>
            <select id="ws-action-dimension" value={dimension} onChange={(e) => setDimension(e.target.value)}>
              <option value="">{w.wsNoDimension}</option>
              {q.dimensions.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.title}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" className="button">
          {w.wsAddActionButton}
        </button>
        <p role="status" className="as-status">
          {status}
        </p>
      </form>
      {session.actions.length > 0 ? (
        <ActionTable
          q={q}
          actions={session.actions}
          caption={w.wsActionsCaption}
          today={today}
          onStatus={(id, s) => onChange({ actions: setActionStatus(session.actions, id, s) })}
          onRemove={(id) => onChange({ actions: session.actions.filter((a) => a.id !== id) })}
          testId="actions"
          w={w}
        />
      ) : (
        <p>{w.wsActionsNone}</p>
      )}
    </section>
  );
}
