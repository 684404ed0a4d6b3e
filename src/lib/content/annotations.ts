// Content errors as GitHub Actions annotations: in a workflow, each error is printed as an
// `::error file=…,line=…,title=…::message` command, which GitHub shows beside the line of the
// pull request's diff it names. Outside Actions nothing is printed.
// Format: https://docs.github.com/actions/reference/workflows-and-actions/workflow-commands
import { formatError, type ContentError } from './errors.ts';

/** Escapes a command's message: %, CR and LF. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** Escapes a property value: the message escapes plus : and , which separate properties. */
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One `::error` command per content error, the path relative to the repository root (as the check reports it). */
export function annotationLines(errors: readonly ContentError[]): string[] {
  return errors.map((e) => {
    const props = [`file=${escapeProperty(e.file)}`, ...(e.line ? [`line=${e.line}`] : []), `title=${escapeProperty(e.field ? `Content check: ${e.field}` : 'Content check')}`];
    return `::error ${props.join(',')}::${escapeData(formatError(e))}`;
  });
}

/** Prints the annotations when running in GitHub Actions (`GITHUB_ACTIONS=true`); returns how many were printed. */
export function emitAnnotations(errors: readonly ContentError[], env: Record<string, string | undefined> = process.env, write: (line: string) => void = (l) => console.log(l)): number {
  if (env.GITHUB_ACTIONS !== 'true') return 0;
  const lines = annotationLines(errors);
  for (const line of lines) write(line);
  return lines.length;
}
