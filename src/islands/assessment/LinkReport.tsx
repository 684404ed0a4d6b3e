// What became of pasted share links: how many were read, which repeated an earlier line (counted
// once), and why any could not be used. Shared by the team view and the workshop.
import type { TeamLine } from '../../calculators/assessment/team.ts';
import type { AssessmentWords } from '../../calculators/assessment/words.ts';
import { fill } from '../../lib/browser/calculator-words.ts';

interface Props {
  lines: readonly TeamLine[];
  /** Id of the status line, which the textarea names as its description. */
  id: string;
  w: AssessmentWords;
}

export function LinkReport({ lines, id, w }: Props) {
  const read = lines.filter((r) => r.status === 'read').length;
  const duplicates = lines.flatMap((r) => (r.status === 'duplicate' ? [r] : []));
  const errors = lines.flatMap((r) => (r.status === 'error' ? [r] : []));
  return (
    <>
      <p id={id} role="status" data-testid="team-count">
        {lines.length === 0
          ? w.linksNone
          : fill(duplicates.length ? w.linksReadRepeated : w.linksRead, {
              read: read + duplicates.length,
              total: lines.length,
              repeated: duplicates.length,
            })}
      </p>
      {duplicates.length > 0 && (
        <div className="as-notice as-info" data-testid="team-duplicates">
          <ul>
            {duplicates.map((r) => (
              <li key={r.line}>{fill(w.linkRepeats, { line: r.line, of: r.of })}</li>
            ))}
          </ul>
        </div>
      )}
      {errors.length > 0 && (
        <div className="as-notice as-error" role="alert">
          <ul>
            {errors.map((r) => (
              <li key={r.line}>{fill(w.linkLine, { line: r.line, error: r.error })}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
