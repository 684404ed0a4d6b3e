// The playbook's reading order: the pyramid from the base up, then the failure patterns by
// theme. Previous/next links and the /print/ page both follow it. Titles are in the page's
// language where a translation exists; a stop whose title stands in for a missing translation
// carries the default language's code as `lang`.
import { getFailuresInOrder, getLevels, getPage, oncePerBuild } from './content';
import { fallbackLang, localize, localizeAll, pageLanguage } from './i18n';

export interface Stop {
  href: string;
  title: string;
  /** The title's language when it is not the page's (no translation yet). */
  lang?: string | undefined;
}

const sources = oncePerBuild(async () => Promise.all([getLevels(), getFailuresInOrder(), getPage('pyramid')]));

const orders = new Map<string, () => Promise<Stop[]>>();

/** The reading order in the language of `currentLocale` (Astro's; the default language's when undefined). */
export function getReadingOrder(currentLocale?: string): Promise<Stop[]> {
  const { language, t } = pageLanguage(currentLocale);
  const code = language.code;
  let order = orders.get(code);
  if (!order) {
    order = oncePerBuild(async () => {
      const [levelSources, failureSources, introSource] = await sources();
      const [levels, failures, intro] = await Promise.all([
        localizeAll('pyramid', levelSources, code),
        localizeAll('failures', failureSources, code),
        localize('pages', introSource, code),
      ]);
      return [
        { href: '/pyramid/', title: intro.entry.data.title, lang: fallbackLang(intro.entry, code) },
        // "Level 2: {title}" is the page's own words around a title that may stand in for a translation.
        ...levels.map((l) => ({
          href: `/pyramid/${l.id}/`,
          title: t('level.title', { level: l.data.level, title: l.data.title }),
          lang: fallbackLang(l, code),
        })),
        { href: '/failures/', title: t('failuresPage.title') },
        ...failures.map((f) => ({ href: `/failures/${f.id}/`, title: f.data.title, lang: fallbackLang(f, code) })),
      ];
    });
    orders.set(code, order);
  }
  return order();
}

/** The stops before and after `href` in the reading order, in the page's language. */
export async function getNeighbours(href: string, currentLocale?: string): Promise<{ prev?: Stop | undefined; next?: Stop | undefined }> {
  const order = await getReadingOrder(currentLocale);
  const i = order.findIndex((s) => s.href === href);
  return i < 0 ? {} : { prev: order[i - 1], next: order[i + 1] };
}
