// The validated site config, read once per build. Pages and components import `site` from here.
import { checkSiteConfig } from '../lib/content/check.ts';
import { formatReport } from '../lib/content/check.ts';
import { SITE_CONFIG_FILE } from '../lib/build/paths.ts';
import type { SiteConfig } from '../schemas/site.ts';

function load(): SiteConfig {
  const { config, errors } = checkSiteConfig(SITE_CONFIG_FILE, process.cwd());
  if (!config) throw new Error(formatReport(errors));
  return config;
}

/** The site config (content/site.yaml, or the file named by CXP_SITE_CONFIG). */
export const site: SiteConfig = load();
