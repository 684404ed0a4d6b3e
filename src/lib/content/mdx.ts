// Checks an MDX body against the project's rules: only the components in ALLOWED_COMPONENTS,
// string attributes only, no import/export, no {expressions}. Uses the same MDX parser as the
// build (Sätteri, the compiler behind astro.config.mjs's `markdown.processor`), so what it reports
// is what the build would have seen; being native, it parses a thousand bodies in well under a second.
import { mdxToMdast } from 'satteri';
import { ALLOWED_COMPONENTS } from '../../schemas/mdx.ts';
import type { CollectionName } from '../../schemas/index.ts';
import type { ContentError } from './errors.ts';

/** An id used by a component in the body, to be resolved against its collection. */
export interface BodyReference {
  collection: CollectionName;
  id: string;
  line: number;
  component: string;
}

interface MdxNode {
  type: string;
  name?: string | null;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number } };
}

const FORBIDDEN_HTML = new Set(['script', 'style', 'iframe', 'object', 'embed', 'form', 'link', 'meta', 'base']);
const allowedList = () => Object.keys(ALLOWED_COMPONENTS).join(', ');

/** Checks one MDX body; `bodyLine` is the file line the body starts on. */
export function checkMdxBody(body: string, file: string, bodyLine: number): { errors: ContentError[]; refs: BodyReference[] } {
  const errors: ContentError[] = [];
  const refs: BodyReference[] = [];
  let tree: MdxNode;
  try {
    tree = mdxToMdast(body) as unknown as MdxNode;
  } catch (e) {
    // Sätteri's message starts with "line:column: "; the line is the body's, not the file's.
    const message = (e as Error).message;
    const at = /^(\d+):\d+: ([\s\S]*)$/.exec(message);
    const reason = at?.[2] ?? message;
    // The usual cause in prose: a "<" or "{" meant as text.
    const hint = /mdx-jsx:unexpected-character|unexpected-eof|expression/.test(reason) ? '; a < or { meant as text is written \\< or \\{' : '';
    errors.push({ file, line: Number(at?.[1] ?? 1) + bodyLine - 1, message: `MDX syntax error: ${reason}${hint}` });
    return { errors, refs };
  }
  const walk = (node: MdxNode) => {
    const line = (node.position?.start.line ?? 1) + bodyLine - 1;
    if (node.type === 'mdxjsEsm') {
      const kind = /^\s*export/.test(node.value ?? '') ? 'export' : 'import';
      errors.push({ file, line, message: `${kind} is not allowed in content; use the provided components instead (${allowedList()})` });
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      errors.push({ file, line, message: 'JavaScript expressions in {braces} are not allowed in content; write the text, or escape the brace as \\{' });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      checkElement(node, line);
    }
    node.children?.forEach(walk);
  };
  const checkElement = (node: MdxNode, line: number) => {
    const name = node.name ?? '';
    if (!name) {
      errors.push({ file, line, message: `fragments <>…</> are not allowed in content; allowed components: ${allowedList()}` });
      return;
    }
    if (/^[a-z]/.test(name)) {
      if (FORBIDDEN_HTML.has(name)) errors.push({ file, line, message: `<${name}> is not allowed in content` });
      return;
    }
    const spec = ALLOWED_COMPONENTS[name];
    if (!spec) {
      errors.push({ file, line, message: `unknown component <${name}>; allowed components: ${allowedList()}` });
      return;
    }
    const seen = new Set<string>();
    for (const attr of node.attributes ?? []) {
      if (attr.type !== 'mdxJsxAttribute' || !attr.name) {
        errors.push({ file, line, message: `<${name}>: spread attributes are not allowed; write each attribute as name="value"` });
        continue;
      }
      if (!(attr.name in ALLOWED_COMPONENTS[name]!.attributes)) {
        errors.push({ file, line, message: `<${name}>: unknown attribute "${attr.name}"; usage: ${spec.usage}` });
        continue;
      }
      if (typeof attr.value !== 'string') {
        errors.push({ file, line, message: `<${name}>: attribute "${attr.name}" must be a quoted string, not an {expression}` });
        continue;
      }
      seen.add(attr.name);
      const target = spec.attributes[attr.name];
      if (target) refs.push({ collection: target, id: attr.value, line, component: name });
    }
    for (const r of spec.required) {
      if (!seen.has(r) && !(node.attributes ?? []).some((a) => a.name === r))
        errors.push({ file, line, message: `<${name}>: attribute "${r}" is required; usage: ${spec.usage}` });
    }
  };
  walk(tree);
  return { errors, refs };
}
