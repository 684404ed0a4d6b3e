// In the browser, every `astro/zod` import of src/ resolves to this module (a Vite plugin in
// astro.config.mjs), which turns off zod's JIT before any schema is built. The JIT probes
// `new Function('')` once; the site's Content-Security-Policy forbids eval, so the probe failed
// quietly but was reported as a CSP violation, costing every tool page Lighthouse's best-practices
// 100. Without the JIT, zod parses the few small objects of a calculator just as well.
import { z } from 'astro/zod';

z.config({ jitless: true });

export * from 'astro/zod';
export { z };
export default z;
