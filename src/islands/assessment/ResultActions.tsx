// What a reader can do with a result: copy a share link, download it as JSON, print it, and keep
// it in the browser's history for a later comparison.
import { useEffect, useState } from 'react';
import { saveFile } from '../../lib/browser/download.ts';

interface Props {
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

export function ResultActions({ fragment, toolHref, exportJson, onSave, hasResult, canSave }: Props) {
  const [origin, setOrigin] = useState('');
  const [status, setStatus] = useState('');
  useEffect(() => setOrigin(location.origin), []);
  const link = `${origin}${toolHref}#${fragment}`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setStatus('Share link copied. Anyone who opens it sees these answers; nothing is stored on a server.');
    } catch {
      setStatus('Your browser did not allow copying; select the link in the box and copy it.');
    }
  };
  const download = () => {
    const { name, text } = exportJson();
    saveFile(name, text, 'application/json');
    setStatus(`Downloaded ${name}.`);
  };
  const save = () => {
    onSave();
    setStatus('Saved to your history in this browser. Compare it with a later result below.');
  };

  return (
    <div className="as-actions">
      <div className="as-share">
        <label htmlFor="as-share-link">Share link</label>
        <input id="as-share-link" type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
      </div>
      <div className="as-buttons">
        <button type="button" className="button" onClick={copy}>
          Copy share link
        </button>
        <button type="button" className="button secondary" onClick={download} disabled={!hasResult}>
          Download JSON
        </button>
        <button type="button" className="button secondary" onClick={() => print()}>
          Print
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={save}
          disabled={!canSave}
          aria-describedby={canSave ? undefined : 'as-save-note'}
        >
          Save to history
        </button>
      </div>
      {!canSave && (
        <p className="as-muted" id="as-save-note">
          A result is saved to the history once its overall score holds, so the trend compares results that hold.
        </p>
      )}
      <p className="as-status" role="status">
        {status}
      </p>
    </div>
  );
}
