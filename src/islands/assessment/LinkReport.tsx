// What became of pasted share links: how many were read, which repeated an earlier line (counted
// once), and why any could not be used. Shared by the team view and the workshop.
import { duplicateMessage, type TeamLine } from '../../calculators/assessment/team.ts';

interface Props {
  lines: readonly TeamLine[];
  /** Id of the status line, which the textarea names as its description. */
  id: string;
}

export function LinkReport({ lines, id }: Props) {
  const read = lines.filter((r) => r.status === 'read').length;
  const duplicates = lines.flatMap((r) => (r.status === 'duplicate' ? [r] : []));
  const errors = lines.flatMap((r) => (r.status === 'error' ? [r] : []));
  return (
    <>
      <p id={id} role="status" data-testid="team-count">
        {lines.length === 0
          ? 'No links yet.'
          : `${read + duplicates.length} of ${lines.length} link(s) read` +
            (duplicates.length ? `; ${duplicates.length} repeated an earlier line and counted once.` : '.')}
      </p>
      {duplicates.length > 0 && (
        <div className="as-notice as-info" data-testid="team-duplicates">
          <ul>
            {duplicates.map((r) => (
              <li key={r.line}>{duplicateMessage(r.line, r.of)}</li>
            ))}
          </ul>
        </div>
      )}
      {errors.length > 0 && (
        <div className="as-notice as-error" role="alert">
          <ul>
            {errors.map((r) => (
              <li key={r.line}>
                Line {r.line}: {r.error}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
