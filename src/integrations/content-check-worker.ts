// Runs the whole content check off the main thread (see content-check.ts) and posts its errors.
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent } from '../lib/content/check.ts';
import type { ContentError } from '../lib/content/errors.ts';

const { root, contentDir, siteConfigFile } = workerData as { root: string; contentDir: string; siteConfigFile: string };
const errors: ContentError[] = checkContent({ root, contentDir, siteConfigFile });
parentPort!.postMessage(errors);
