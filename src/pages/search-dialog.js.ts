// Serves src/scripts/search-dialog.js as a file, so content pages load it only when search opens.
import type { APIRoute } from 'astro';
import { SEARCH_DIALOG_SCRIPT } from '../lib/build/inline-scripts.ts';

export const GET: APIRoute = () => new Response(SEARCH_DIALOG_SCRIPT, { headers: { 'content-type': 'text/javascript' } });
