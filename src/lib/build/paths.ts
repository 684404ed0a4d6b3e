// Where the build reads content and the site config from. Both can be pointed elsewhere with
// environment variables, which the white-label and fixture tests use; editors never need to.

/** Folder holding the playbook's content collections, relative to the project root. */
export const CONTENT_DIR = process.env.CXP_CONTENT_DIR ?? './content';

/** The site config file, relative to the project root. */
export const SITE_CONFIG_FILE = process.env.CXP_SITE_CONFIG ?? `${CONTENT_DIR}/site.yaml`;
