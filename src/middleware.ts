// Links follow the page's language: on a page under /de/, every link to another page of the site
// goes to that page under /de/ too (src/lib/build/languages.ts, localizeLinks). Layouts, pages,
// content and islands write plain site paths (`/failures/`) and need not know the language.
import { defineMiddleware } from 'astro:middleware';
import { languages, multilingual } from './data/i18n.ts';
import { languageOf, localizeLinks } from './lib/build/languages.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const language = languageOf(context.currentLocale, languages);
  if (!multilingual || language === languages.default || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = localizeLinks(await response.text(), language.code, languages, import.meta.env.BASE_URL);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
