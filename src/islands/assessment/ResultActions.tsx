// What a reader can do with a result: copy a share link, download it as JSON, print it, and keep
// it in the browser's history for a later comparison.
import { useEffect, useState } from 'react';
import { saveFile } from '../../lib/browser/download.ts';
import type { AssessmentWords } from '../../calculators/assessment/words.ts';
import { fill } from '../../lib/browser/calculator-words.ts';

interface Props {
  w: AssessmentWords;
  /** Share fragment without "#". */
  fragment: string;
  /** Page path the link points at. */
  toolHref: string;
  /** The JSON export, built on demand. */
  exportJson: () => { name: string; text: string };
  onSave: () => void;
  /** Whether anything is rated (nothing to export otherwise). */
  hasResult: boolean;
  /** Whether the overall score holds (only a result that holds is saved to the history, where it joins the trend). */
  canSave: boolean;
}

export function ResultActions({ w, fragment, toolHref, exportJson, onSave, hasResult, canSave }: Props) {
  const [origin, setOrigin] = useState('');
  const [status, setStatus] = useState('');
  useEffect(() => setOrigin(location.origin), []);
  const link = `${origin}${toolHref}#${fragment}`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setStatus(w.copied);
    } catch {
      setStatus(w.copyRefused);
    }
  };
  const download = () => {
    const { name, text } = exportJson();
    saveFile(name, text, 'application/json');
    setStatus(fill(w.downloaded, { file: name }));
  };
  const save = () => {
    onSave();
    setStatus(w.savedToHistory);
  };

  return (
    <div className="as-actions">
      <div className="as-share">
        <label htmlFor="as-share-link">{w.shareLink}</label>
        <input id="as-share-link" type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
      </div>
      <div className="as-buttons">
        <button type="button" className="button" onClick={copy}>
          {w.copyLink}
        </button>
        <button type="button" className="button secondary" onClick={download} disabled={!hasResult}>
          {w.downloadJson}
        </button>
        <button type="button" className="button secondary" onClick={() => print()}>
          {w.print}
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={save}
          disabled={!canSave}
          aria-describedby={canSave ? undefined : 'as-save-note'}
        >
          {w.saveHistory}
        </button>
      </div>
      {!canSave && (
        <p className="as-muted" id="as-save-note">
          {w.saveNote}
        </p>
      )}
      <p className="as-status" role="status">
        {status}
      </p>
    </div>
  );
}
