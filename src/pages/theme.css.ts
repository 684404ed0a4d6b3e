// The site's colours from content/site.yaml as a stylesheet (served as /theme.css). A file rather
// than an inline <style> keeps the Content-Security-Policy free of per-config hashes.
import type { APIRoute } from 'astro';
import { site } from '../data/site.ts';
import { themeCss } from '../lib/build/theme.ts';

export const GET: APIRoute = () => new Response(themeCss(site.colours, site.siteUrl), { headers: { 'content-type': 'text/css' } });
