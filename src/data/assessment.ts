// The assessment's content as the islands receive it, read once at build time. Shared by the
// tool page and the team view.
import { getCollection, getEntry } from './checked.ts';
import { buildQuestionnaire } from '../calculators/assessment/questionnaire.ts';
import { getFailuresById, getLevels } from './content';
import { site } from './site';
import type { AssessmentContent, FailureInfo } from '../islands/assessment/types.ts';
import { withBase } from '../lib/build/url';

export async function getAssessmentContent(): Promise<AssessmentContent> {
  const model = await getEntry('assessment', 'model');
  if (!model) throw new Error('content/assessment/model.yaml is missing; run npm run check:content');
  const [dimensions, levels] = await Promise.all([getCollection('dimensions'), getLevels()]);
  const questionnaire = buildQuestionnaire(model.data, dimensions, Object.fromEntries(levels.map((l) => [l.id, l.data.level])));
  const failureIds = [...new Set(questionnaire.dimensions.flatMap((d) => d.failures))];
  const failures = await getFailuresById(failureIds);
  return {
    questionnaire,
    levels: levels.map((l) => ({ id: l.id, level: l.data.level, title: l.data.title, shortTitle: l.data.shortTitle, href: withBase(`/pyramid/${l.id}/`) })),
    failures: Object.fromEntries(failures.map((f): [string, FailureInfo] => [f.id, { title: f.data.title, href: withBase(`/failures/${f.id}/`), plays: f.data.plays }])),
    locale: site.locale,
    toolHref: withBase('/tools/assessment/'),
  };
}
