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

const STATUS_LABEL: Record<ActionStatus, string> = { open: 'Open', done: 'Done', dropped: 'Dropped' };

interface TableProps {
  q: Questionnaire;
  actions: readonly WorkshopAction[];
  caption: string;
  today: string;
  onStatus: (id: string, status: ActionStatus) => void;
  onRemove?: ((id: string) => void) | undefined;
  testId: string;
}

/** Actions with their owner, due date, dimension and a status to change. */
export function ActionTable({ q, actions, caption, today, onStatus, onRemove, testId }: TableProps) {
  const title = (id: string) => q.dimensions.find((d) => d.id === id)?.title ?? '';
  return (
    <DataTable
      className="as-table ws-actions"
      stack
      data-testid={testId}
      caption={caption}
      columns={['Action', 'Owner', 'Due', 'Dimension', 'Status', ...(onRemove ? [<span className="visually-hidden">Remove</span>] : [])]}
      labels={['Owner', 'Due', 'Dimension', 'Status', '']}
      rows={actions.map((a) => ({
        key: a.id,
        attributes: { 'data-status': a.status },
        head: a.text,
        cells: [
          a.owner || '—',
          a.due ? `${a.due}${isOverdue(a, today) ? ' (overdue)' : ''}` : '—',
          title(a.dimension) || '—',
          <select aria-label={`Status of “${a.text}”`} value={a.status} onChange={(e) => onStatus(a.id, e.target.value as ActionStatus)}>
            {ACTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s]}
              </option>
            ))}
          </select>,
          ...(onRemove
            ? [
                <button type="button" className="as-link-button" onClick={() => onRemove(a.id)}>
                  Remove<span className="visually-hidden"> “{a.text}”</span>
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
}

export function WorkshopActions({ q, session, previous, today, onChange, onChangePrevious, request, makeId }: Props) {
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
      setStatus('Write what will be done before adding the action.');
      textField.current?.focus();
      return;
    }
    const action: WorkshopAction = { id: makeId(), text: text.trim(), owner: owner.trim(), due, dimension, status: 'open' };
    onChange({ actions: [...session.actions, action] });
    setText('');
    setOwner('');
    setDue('');
    setDimension('');
    setStatus(`Added “${action.text}”.`);
  };
  const setActionStatus = (list: readonly WorkshopAction[], id: string, s: ActionStatus) =>
    list.map((a) => (a.id === id ? { ...a, status: s } : a));

  return (
    <section className="ws-section" aria-labelledby="ws-actions-title">
      <h2 id="ws-actions-title">4. Agree actions</h2>
      {previous && (
        <ActionTable
          q={q}
          actions={previous.actions}
          caption={`From the last session (${previous.date}${previous.name ? `, ${previous.name}` : ''}): where do these stand?`}
          today={today}
          onStatus={(id, s) => onChangePrevious(previous.id, { actions: setActionStatus(previous.actions, id, s) })}
          testId="previous-actions"
        />
      )}
      <form className="ws-action-form" onSubmit={add} noValidate>
        <div className="ws-fields">
          <div className="ws-wide">
            <label htmlFor="ws-action-text">Action</label>
            <input id="ws-action-text" ref={textField} type="text" value={text} onChange={(e) => setText(e.target.value)} />
          </div>
          <div>
            <label htmlFor="ws-action-owner">Owner</label>
            <input id="ws-action-owner" type="text" value={owner} onChange={(e) => setOwner(e.target.value)} />
          </div>
          <div>
            <label htmlFor="ws-action-due">Due date</label>
            <input id="ws-action-due" type="date" value={due} onChange={(e) => setDue(e.target.value)} />
          </div>
          <div>
            <label htmlFor="ws-action-dimension">Dimension</label>
            <select id="ws-action-dimension" value={dimension} onChange={(e) => setDimension(e.target.value)}>
              <option value="">None in particular</option>
              {q.dimensions.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.title}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" className="button">
          Add action
        </button>
        <p role="status" className="as-status">
          {status}
        </p>
      </form>
      {session.actions.length > 0 ? (
        <ActionTable
          q={q}
          actions={session.actions}
          caption="Actions agreed in this session"
          today={today}
          onStatus={(id, s) => onChange({ actions: setActionStatus(session.actions, id, s) })}
          onRemove={(id) => onChange({ actions: session.actions.filter((a) => a.id !== id) })}
          testId="actions"
        />
      ) : (
        <p>No actions yet. Agree one or two per dimension you discussed, each with someone who owns it and a date.</p>
      )}
    </section>
  );
}
