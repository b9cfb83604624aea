/**
 * A strict little reader of the HTML that renderHtml writes, for tests: it accepts only
 * elements with double-quoted attributes, the entities escapeHtml writes and a doctype, and
 * throws on anything else (a raw "<", ">" or "&" in text, an unclosed or mismatched tag), so
 * markup that a browser would have to repair fails the test.
 */

export interface Element {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
}
export type Node = Element | string;

const VOID = new Set(['meta', 'br']);
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const TAG = /^<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z-]+="[^"<>]*")*)\s*>/;
const ATTR = /([a-z-]+)="([^"]*)"/g;
const ENTITY = /&(?:amp|lt|gt|quot|#39);/g;

function unescape(text: string, at: number): string {
  const rest = text.replace(ENTITY, '');
  if (rest.includes('&') || rest.includes('>')) throw new Error(`raw "&" or ">" in text near offset ${at}: ${JSON.stringify(text.slice(0, 60))}`);
  return text.replace(ENTITY, (e) => ENTITIES[e]!);
}

/** Parses `html` into a root element holding its top-level nodes. */
export function parseHtml(html: string): Element {
  const root: Element = { tag: '#root', attrs: {}, children: [] };
  const stack: Element[] = [root];
  let i = 0;
  if (html.startsWith('<!DOCTYPE html>')) i = '<!DOCTYPE html>'.length;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const end = lt === -1 ? html.length : lt;
    if (end > i) stack[stack.length - 1]!.children.push(unescape(html.slice(i, end), i));
    if (lt === -1) break;
    const match = TAG.exec(html.slice(lt));
    if (!match) throw new Error(`not a tag at offset ${lt}: ${JSON.stringify(html.slice(lt, lt + 60))}`);
    const [whole, closing, tag, attrText] = match as unknown as [string, string, string, string];
    if (closing) {
      const open = stack.pop();
      if (!open || open.tag !== tag) throw new Error(`</${tag}> closes <${open?.tag}> at offset ${lt}`);
    } else {
      const attrs: Record<string, string> = {};
      for (const [, name, value] of attrText.matchAll(ATTR)) attrs[name!] = unescape(value!, lt);
      const element: Element = { tag, attrs, children: [] };
      stack[stack.length - 1]!.children.push(element);
      if (!VOID.has(tag)) stack.push(element);
    }
    i = lt + whole.length;
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1]!.tag}>`);
  return root;
}

/** The text of a node and everything in it. */
export function textOf(node: Node): string {
  return typeof node === 'string' ? node : node.children.map(textOf).join('');
}

/** Every element under `node`, in document order, that `keep` accepts. */
export function findAll(node: Node, keep: (e: Element) => boolean): Element[] {
  if (typeof node === 'string') return [];
  const own = node.tag !== '#root' && keep(node) ? [node] : [];
  return [...own, ...node.children.flatMap((child) => findAll(child, keep))];
}

export const hasClass = (name: string) => (e: Element) => (e.attrs.class ?? '').split(' ').includes(name);

/** The first element with class `name`; throws when there is none. */
export function first(node: Node, name: string): Element {
  const found = findAll(node, hasClass(name))[0];
  if (!found) throw new Error(`no element of class ${name}`);
  return found;
}
