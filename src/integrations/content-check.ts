import type { AstroIntegration } from 'astro';
import { INPUT_SCHEMAS } from '../calculators/registry.ts';
import { checkContent, formatReport } from '../lib/content/check.ts';
import { CONTENT_DIR, SITE_CONFIG_FILE } from '../lib/paths.ts';

/**
 * Fails `astro build` (and reports in `astro dev` and `astro check`) when the content breaks a rule. Astro itself only
 * logs a dangling reference and builds anyway; this runs every rule before a page is rendered.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'cx-playbook:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const errors = checkContent({ root: process.cwd(), contentDir: CONTENT_DIR, siteConfigFile: SITE_CONFIG_FILE, inputSchemas: INPUT_SCHEMAS });
        if (!errors.length) return;
        if (command === 'build') throw new Error(formatReport(errors));
        logger.error(formatReport(errors));
      },
    },
  };
}
