// Prints the site's base path from the site config (used by `npm start` to serve under it).
import { checkSiteConfig } from '../src/lib/content/check.ts';
import { SITE_CONFIG_FILE } from '../src/lib/build/paths.ts';

const { config } = checkSiteConfig(SITE_CONFIG_FILE, process.cwd());
console.log(config?.basePath ?? '/');
