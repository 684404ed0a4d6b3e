// What "My plan" (/plan/) can list: every failure pattern's symptoms and plays with the ids the
// pattern pages tick them under, in reading order. Plain data: it is the plan island's props.
import { getThemesWithFailures, type Failure } from './content';
import { tickId } from '../lib/build/tick-id';
import { withBase } from '../lib/build/url';
import type { PlanPattern } from '../lib/browser/plan';

/** A pattern's symptoms and plays, each with its tick id. */
export function tickLines(failure: Failure): Pick<PlanPattern, 'symptoms' | 'plays'> {
  return {
    symptoms: failure.data.symptoms.map((text) => ({ id: tickId(failure.id, 'symptom', text), text })),
    plays: failure.data.plays.map((p) => ({ id: tickId(failure.id, 'play', p.text), ...p })),
  };
}

/** Every pattern, by theme in reading order, with its tickable lines. */
export async function getPlanPatterns(): Promise<PlanPattern[]> {
  return (await getThemesWithFailures()).flatMap(({ theme, failures }) =>
    failures.map((f) => ({
      id: f.id,
      title: f.data.title,
      href: withBase(`/failures/${f.id}/`),
      theme: theme.data.title,
      ...tickLines(f),
    })),
  );
}
