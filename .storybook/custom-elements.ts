/**
 * The manifest the docs and controls are generated from: `.cache/storybook/custom-elements.json`,
 * written by `cem analyze` from the JSDoc in `src/` with the package's own config (the same file
 * `npm run build` puts in `dist/`; the storybook scripts write this copy first, so Storybook does
 * not depend on a build or race one).
 *
 * Two adjustments before Storybook sees it:
 * - Private, protected, static and `#` members are dropped (autodocs would list them).
 * - Each element class gets its `tagName` and `customElement: true`. The elements register
 *   themselves with `Class.define('tag')` in `src/<tag>/define.ts`, which the analyzer does not
 *   follow, so the manifest has no tag names; they come from ELEMENT_CLASSES below (or the
 *   kebab-cased class name for another NewsElement subclass). A `@tag news-article` JSDoc on
 *   each class in `src/` would make this unnecessary (and fix the published manifest too).
 */
import manifest from '../.cache/storybook/custom-elements.json';

type Member = { name: string; kind?: string; privacy?: string; static?: boolean; inheritedFrom?: unknown };
type Declaration = {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  superclass?: { name: string };
  members?: Member[];
  attributes?: { name: string; fieldName?: string }[];
  [key: string]: unknown;
};
type Module = { path: string; declarations?: Declaration[]; exports?: unknown[] };
type Manifest = { schemaVersion: string; modules: Module[] };

/** The elements this library defines, by class. */
export const ELEMENT_CLASSES: Record<string, string> = {
  NewsArticle: 'news-article',
  SourceList: 'source-list',
  RelatedArticles: 'related-articles',
  TrendingPanel: 'trending-panel',
};

const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

function isPublic(member: Member): boolean {
  return !member.static && !member.name.startsWith('#') && !member.name.startsWith('_') && (member.privacy ?? 'public') === 'public';
}

export function prepareManifest(source: Manifest): Manifest {
  const copy: Manifest = structuredClone(source);
  for (const module of copy.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind !== 'class') continue;
      const tag = declaration.tagName ?? ELEMENT_CLASSES[declaration.name];
      const isElement = tag !== undefined || declaration.superclass?.name === 'NewsElement';
      if (!isElement) continue;
      declaration.customElement = true;
      declaration.tagName = tag ?? kebab(declaration.name);
      declaration.members = (declaration.members ?? []).filter(isPublic);
    }
  }
  return copy;
}

export const customElements = prepareManifest(manifest as unknown as Manifest);

type Item = { name: string; description?: string; summary?: string; type?: { text: string }; default?: string };
type FieldMember = Item & { kind?: string; attribute?: string; readonly?: boolean; inheritedFrom?: { name: string } };
type ElementInfo = Declaration & {
  members?: FieldMember[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
};

export function elementInfo(tagName: string): ElementInfo | undefined {
  for (const module of customElements.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName === tagName) return declaration as ElementInfo;
    }
  }
  return undefined;
}

type ArgType = {
  name: string;
  description?: string;
  control?: false | { type: string };
  options?: unknown[];
  action?: string;
  table: { category: string; type?: { summary: string }; defaultValue?: { summary: string }; disable?: boolean };
};

/** A control for a TypeScript type as the analyzer wrote it. */
function controlFor(typeText: string | undefined): Pick<ArgType, 'control' | 'options'> {
  const parts = (typeText ?? '').split('|').map(part => part.trim()).filter(part => part && part !== 'undefined');
  if (parts.length === 1 && parts[0] === 'string') return { control: { type: 'text' } };
  if (parts.length === 1 && parts[0] === 'number') return { control: { type: 'number' } };
  if (parts.length === 1 && parts[0] === 'boolean') return { control: { type: 'boolean' } };
  if (parts.length > 0 && parts.every(part => /^'.*'$/.test(part))) return { control: { type: 'inline-radio' }, options: parts.map(part => part.slice(1, -1)) };
  return { control: { type: 'object' } };
}

const camel = (name: string) => name.replace(/-(\w)/g, (_, chr: string) => chr.toUpperCase());

/**
 * argTypes for the docs table and the controls, from the manifest. Storybook's own extractor
 * keys every row by its bare name, so a part, a slot and an attribute that share one (`heading`
 * is all three on the list elements) overwrite each other; here each category has its own keys:
 * - attributes: one row per reactive property that has an attribute, named by the attribute and
 *   keyed by the property (so the control sets `args.headingLevel`, the render passes it on);
 * - properties: properties without an attribute (`data`, `labels`; read-only ones like
 *   `article` are listed without a control) and public methods;
 * - events: an action per event (`onNewsLoad`…), which the stories bind with `@news-load`;
 * - slots, css shadow parts (listed), css custom properties (a colour or text control each,
 *   applied to the element's style by the stories).
 */
export function extractArgTypes(tagName: string): Record<string, ArgType> | null {
  const info = elementInfo(tagName);
  if (!info) return null;
  const argTypes: Record<string, ArgType> = {};
  const text = (item: Item) => item.description ?? item.summary ?? '';
  for (const member of info.members ?? []) {
    const type = member.type?.text;
    const table = {
      type: type ? { summary: type } : undefined,
      defaultValue: member.default !== undefined ? { summary: member.default } : undefined,
    };
    if (member.kind === 'method') {
      argTypes[`method:${member.name}`] = { name: `${member.name}()`, description: text(member), control: false, table: { category: 'methods' } };
    } else if (member.attribute) {
      const description = member.attribute === member.name ? text(member) : `${text(member)}\n\nProperty: \`${member.name}\`.`;
      argTypes[member.name] = { name: member.attribute, description, ...controlFor(type), table: { category: 'attributes', ...table } } as ArgType;
    } else {
      const readOnly = member.readonly ? ' (read-only)' : '';
      argTypes[member.name] = {
        name: member.name,
        description: text(member) + readOnly,
        ...(member.readonly ? { control: false } : controlFor(type)),
        table: { category: 'properties', ...table },
      } as ArgType;
    }
  }
  for (const event of info.events ?? []) {
    const key = `on${camel(`-${event.name}`)}`;
    argTypes[key] = { name: event.name, description: text(event), action: event.name, control: false, table: { category: 'events' } };
  }
  for (const slot of info.slots ?? []) {
    argTypes[`slot:${slot.name}`] = { name: slot.name || '(default)', description: text(slot), control: false, table: { category: 'slots' } };
  }
  for (const part of info.cssParts ?? []) {
    argTypes[`part:${part.name}`] = { name: part.name, description: text(part), control: false, table: { category: 'css shadow parts' } };
  }
  for (const property of info.cssProperties ?? []) {
    const isColor = /color|background/.test(property.name);
    argTypes[property.name] = { name: property.name, description: text(property), control: { type: isColor ? 'color' : 'text' }, table: { category: 'css custom properties' } };
  }
  return argTypes;
}
