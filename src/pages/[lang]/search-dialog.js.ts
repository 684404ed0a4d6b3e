// The search dialog module in each language other than the default (/de/search-dialog.js): the
// same code with that language's words. The header of a German page loads this one.
import type { APIRoute, GetStaticPaths } from 'astro';
import { languages, searchWords } from '../../data/i18n.ts';
import { searchDialogScript } from '../../lib/build/inline-scripts.ts';

export const getStaticPaths = (() => languages.all.slice(1).map((l) => ({ params: { lang: l.code } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(searchDialogScript(searchWords(params.lang)), { headers: { 'content-type': 'text/javascript' } });
