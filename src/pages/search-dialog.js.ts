// Serves src/scripts/search-dialog.js as a file, so content pages load it only when search opens;
// this is the default language's (its words from content/strings/<default>.yaml).
import type { APIRoute } from 'astro';
import { searchWords } from '../data/i18n.ts';
import { searchDialogScript } from '../lib/build/inline-scripts.ts';

export const GET: APIRoute = () => new Response(searchDialogScript(searchWords()), { headers: { 'content-type': 'text/javascript' } });
