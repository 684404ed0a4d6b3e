// The playbook's reading order: the pyramid from the base up, then the failure patterns by
// theme. Previous/next links and the /print/ page both follow it.
import { getFailuresInOrder, getLevels, oncePerBuild } from './content';

export interface Stop {
  href: string;
  title: string;
}

export const getReadingOrder: () => Promise<Stop[]> = oncePerBuild(async () => {
  const [levels, failures] = await Promise.all([getLevels(), getFailuresInOrder()]);
  return [
    { href: '/pyramid/', title: 'The CX pyramid' },
    ...levels.map((l) => ({ href: `/pyramid/${l.id}/`, title: `Level ${l.data.level}: ${l.data.title}` })),
    { href: '/failures/', title: 'Why CX programmes fail' },
    ...failures.map((f) => ({ href: `/failures/${f.id}/`, title: f.data.title })),
  ];
});

/** The stops before and after `href` in the reading order. */
export async function getNeighbours(href: string): Promise<{ prev?: Stop | undefined; next?: Stop | undefined }> {
  const [order, index] = await Promise.all([getReadingOrder(), getStopIndex()]);
  const i = index.get(href);
  return i === undefined ? {} : { prev: order[i - 1], next: order[i + 1] };
}

const getStopIndex = oncePerBuild(async () => new Map((await getReadingOrder()).map((s, i) => [s.href, i])));
