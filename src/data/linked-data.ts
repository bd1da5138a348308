/**
 * Reading schema.org JSON-LD, shared by the article parser, the ItemList parser and the format
 * detectors: type names, `@id` references, and the first text of a property that may be a list.
 */
import { at, unexpected } from './errors.js';
import { publisherText } from './text.js';
import { MAX_DEPTH, asList, isObject, listEntries, tooDeep, type JsonObject } from './read.js';

/** A node and where it is in the input, for error paths. */
export interface Located {
  node: JsonObject;
  path: string;
}

/** Whether a value is a JSON-LD node rather than some other JSON object. */
export function isJsonLdNode(value: unknown): boolean {
  return isObject(value) && ('@context' in value || '@type' in value || '@graph' in value);
}

/**
 * The node with its property names as schema.org spells them where a template capitalized them
 * (`"Headline"`, `"DatePublished"`): each such key is also readable under its lower-camel-case
 * name, unless the node has that one too.
 */
export function schemaKeys(node: JsonObject): JsonObject {
  const entries = Object.entries(node);
  return Object.fromEntries([...entries.map(([key, value]) => [key.replace(/^[A-Z]/, letter => letter.toLowerCase()), value]), ...entries]);
}

/** The type names of a node, without `schema:` or `https://schema.org/` prefixes. */
export function typesOf(node: JsonObject): string[] {
  return asList(node['@type']).flatMap(type => (typeof type === 'string' ? [type.trim().replace(/^(?:https?:\/\/schema\.org\/|schema:)/i, '')] : []));
}

/** `{"@id": …}`, possibly with its `@type`, and nothing else: a pointer, not a definition. */
export function isReference(node: JsonObject): boolean {
  return typeof node['@id'] === 'string' && Object.keys(node).every(key => key === '@id' || key === '@type');
}

/** The first non-blank text of a value that may be a list (`"url": ["https://…", …]`), only trimmed: URLs must reach the allowlist as written. */
export function firstString(value: unknown): string | undefined {
  return asList(value).find((item): item is string => typeof item === 'string' && item.trim() !== '')?.trim();
}

/** What a JSON-LD value stands for: the `@value` of a value object (`{"@value": "…", "@language": "en"}`), else the value itself. */
export function literal(value: unknown): unknown {
  return isObject(value) && '@value' in value ? value['@value'] : value;
}

/**
 * The texts of a value as JSON-LD writes text: a string, a `{"@value": …}` object, or a list of
 * them (nested lists too, up to MAX_DEPTH), each read as the publisher meant it: entities decoded,
 * markup dropped. Anything else in the value (a number, an object, lists nested deeper) is a
 * DataError for `path`.
 */
export function texts(value: unknown, path: string): string[] {
  return [value].flat(MAX_DEPTH).flatMap(item => {
    if (Array.isArray(item)) throw tooDeep(path);
    const text = literal(item);
    if (typeof text === 'string') return publisherText(text) || [];
    if (text !== undefined && text !== null) throw unexpected(path, 'text', value);
    return [];
  });
}

/** The first text of a value (see texts), or `undefined`. */
export function text(value: unknown, path: string): string | undefined {
  return texts(value, path)[0];
}

/** The first text of a value, where a value of another shape is simply not text (ids, captions). */
export function firstText(value: unknown): string | undefined {
  try {
    return text(value, '');
  } catch {
    return undefined;
  }
}

/**
 * A JSON-LD document as SEO plugins and CMS templates print it: one object, an array of them, and
 * the members of their `@graph`s (WordPress/Yoast), the nodes referring to each other by `@id`.
 */
export interface JsonLdDocument {
  /**
   * Follows an `@id` to the node it names, one level: `{"@id": …}` becomes that node (the fullest
   * definition of the id). Anything else is returned as is.
   */
  resolve(value: unknown): unknown;
  /**
   * The first top-level node that `is` what is wanted, else the first that is a top-level node's
   * `mainEntity` (a `WebPage` or `CollectionPage` wrapping an article or a list).
   */
  find(is: (node: JsonObject) => boolean): Located | undefined;
  /** What the top-level nodes are, for "found …" in an error message. */
  types(): string;
}

/** Reads a JSON-LD document (see JsonLdDocument); anything but an object or a list is a DataError. */
export function jsonLdDocument(input: unknown): JsonLdDocument {
  // An object or a list is all there is of type "object" but null.
  if (typeof input !== 'object' || !input) throw unexpected('', 'a JSON-LD object or list', input);
  /** Top-level nodes with their paths: the object itself or the array's items, and their `@graph` members. */
  const top: Located[] = [];
  /** Nodes by `@id`, so references can be followed; of several definitions of an id, the fullest wins. */
  const byId = new Map<string, JsonObject>();
  const add = (node: JsonObject, path: string): void => {
    top.push({ node, path });
    const id = node['@id'];
    // A bare `{"@id": …}` is a reference, not a definition.
    if (typeof id !== 'string' || isReference(node)) return;
    // (A definition has its `@id` at least, so it is fuller than no definition.)
    if (Object.keys(node).length > Object.keys(byId.get(id) ?? {}).length) byId.set(id, node);
  };
  for (const [root, rootPath] of listEntries(input, '')) {
    if (!isObject(root)) continue;
    add(root, rootPath);
    for (const [member, memberPath] of listEntries(root['@graph'], at(rootPath, '@graph'))) if (isObject(member)) add(member, memberPath);
  }
  const resolve = (value: unknown): unknown => (isObject(value) && typeof value['@id'] === 'string' && byId.get(value['@id'])) || value;
  return {
    resolve,
    find(is) {
      const own = top.find(({ node }) => is(node));
      if (own) return own;
      for (const { node, path } of top) {
        const entity = resolve(node.mainEntity);
        if (isObject(entity) && is(entity)) return { node: entity, path: at(path, 'mainEntity') };
      }
      return undefined;
    },
    types() {
      const types = [...new Set(top.flatMap(({ node }) => typesOf(node)))];
      return types.length ? types.join(', ') : 'no "@type"';
    },
  };
}
