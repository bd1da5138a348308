/**
 * What "valid for the renderer" means, checked on every model a parser returns (see
 * src/data/model.ts): strings are non-blank text, URLs have passed the allowlist for their use and
 * are absolute, arrays are present, heading levels are 2 or 3, citations refer to sources, ids are
 * unique, dates parse, and no property is present but undefined. Each checker returns the list of
 * problems (empty when the model is valid), each naming its path.
 */
import type { Article, Block, CardList, Inline, Person, Picture, Source } from '../../src/data/model.js';
import { allowedUrl } from './allowed-url.js';

type UrlUse = 'link' | 'media';

type Problems = string[];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function keys(value: unknown, path: string, allowed: string[], problems: Problems): value is Record<string, unknown> {
  if (!isPlainObject(value)) {
    problems.push(`${path}: expected an object, got ${JSON.stringify(value)}`);
    return false;
  }
  for (const [key, child] of Object.entries(value)) {
    if (!allowed.includes(key)) problems.push(`${path}.${key}: unknown property`);
    if (child === undefined) problems.push(`${path}.${key}: present but undefined`);
  }
  return true;
}

function text(value: unknown, path: string, problems: Problems, optional = false): void {
  if (value === undefined && optional) return;
  if (typeof value !== 'string') problems.push(`${path}: expected a string, got ${typeof value}`);
  else if (!value.trim()) problems.push(`${path}: blank string`);
}

function url(value: unknown, path: string, use: UrlUse, problems: Problems, optional = true): void {
  if (value === undefined && optional) return;
  if (!allowedUrl(value, use)) {
    problems.push(`${path}: ${JSON.stringify(value)} is not an allowed absolute ${use} URL`);
  }
}

function date(value: unknown, path: string, problems: Problems): void {
  if (value === undefined) return;
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) problems.push(`${path}: ${JSON.stringify(value)} is not a date`);
}

function size(value: unknown, path: string, problems: Problems): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) problems.push(`${path}: ${JSON.stringify(value)} is not a positive whole number`);
}

function array(value: unknown, path: string, problems: Problems): value is unknown[] {
  if (Array.isArray(value)) return true;
  problems.push(`${path}: expected an array, got ${JSON.stringify(value)}`);
  return false;
}

function picture(value: unknown, path: string, problems: Problems, captioned: boolean): void {
  const allowed = captioned ? ['url', 'alt', 'caption', 'credit', 'width', 'height'] : ['url', 'alt', 'width', 'height'];
  if (!keys(value, path, allowed, problems)) return;
  const p = value as unknown as Picture;
  url(p.url, `${path}.url`, 'media', problems, false);
  text(p.alt, `${path}.alt`, problems, true);
  text(p.caption, `${path}.caption`, problems, true);
  text(p.credit, `${path}.credit`, problems, true);
  size(p.width, `${path}.width`, problems);
  size(p.height, `${path}.height`, problems);
}

function person(value: unknown, path: string, problems: Problems): void {
  if (!keys(value, path, ['name', 'url'], problems)) return;
  const p = value as unknown as Person;
  text(p.name, `${path}.name`, problems);
  url(p.url, `${path}.url`, 'link', problems);
}

export function sourceProblems(value: unknown, path = 'sources'): Problems {
  const problems: Problems = [];
  if (!array(value, path, problems)) return problems;
  const ids = new Set<string>();
  value.forEach((item, i) => {
    const p = `${path}[${i}]`;
    if (!keys(item, p, ['id', 'name', 'url', 'publisher'], problems)) return;
    const source = item as unknown as Source;
    text(source.id, `${p}.id`, problems);
    if (ids.has(source.id)) problems.push(`${p}.id: duplicate id ${JSON.stringify(source.id)}`);
    ids.add(source.id);
    text(source.name, `${p}.name`, problems);
    url(source.url, `${p}.url`, 'link', problems);
    text(source.publisher, `${p}.publisher`, problems, true);
  });
  return problems;
}

function inlines(value: unknown, path: string, sourceIds: Set<string>, problems: Problems): void {
  if (!array(value, path, problems)) return;
  if (!value.length) problems.push(`${path}: empty inline content`);
  value.forEach((node, i) => {
    const p = `${path}[${i}]`;
    if (typeof node === 'string') {
      if (!node) problems.push(`${p}: empty string`);
      return;
    }
    if (!isPlainObject(node)) {
      problems.push(`${p}: expected text or an inline object`);
      return;
    }
    const inline = node as unknown as Exclude<Inline, string>;
    switch (inline.type) {
      case 'link':
        keys(node, p, ['type', 'href', 'content'], problems);
        url(inline.href, `${p}.href`, 'link', problems, false);
        inlines(inline.content, `${p}.content`, sourceIds, problems);
        break;
      case 'em':
      case 'strong':
      case 'code':
        keys(node, p, ['type', 'content'], problems);
        inlines(inline.content, `${p}.content`, sourceIds, problems);
        break;
      case 'cite':
        keys(node, p, ['type', 'source'], problems);
        if (!sourceIds.has(inline.source)) problems.push(`${p}.source: ${JSON.stringify(inline.source)} names no source`);
        break;
      default:
        problems.push(`${p}.type: unknown inline type ${JSON.stringify((inline as { type: unknown }).type)}`);
    }
  });
}

function block(value: unknown, path: string, sourceIds: Set<string>, problems: Problems): void {
  if (!isPlainObject(value)) {
    problems.push(`${path}: expected a block object`);
    return;
  }
  const b = value as unknown as Block;
  switch (b.type) {
    case 'heading':
      keys(value, path, ['type', 'level', 'content'], problems);
      if (b.level !== 2 && b.level !== 3) problems.push(`${path}.level: ${JSON.stringify(b.level)} is not 2 or 3`);
      inlines(b.content, `${path}.content`, sourceIds, problems);
      break;
    case 'paragraph':
      keys(value, path, ['type', 'content'], problems);
      inlines(b.content, `${path}.content`, sourceIds, problems);
      break;
    case 'quote':
      keys(value, path, ['type', 'content', 'attribution'], problems);
      inlines(b.content, `${path}.content`, sourceIds, problems);
      text(b.attribution, `${path}.attribution`, problems, true);
      break;
    case 'list':
      keys(value, path, ['type', 'ordered', 'items'], problems);
      if (typeof b.ordered !== 'boolean') problems.push(`${path}.ordered: not a boolean`);
      if (array(b.items, `${path}.items`, problems)) {
        if (!b.items.length) problems.push(`${path}.items: empty list`);
        b.items.forEach((item, i) => inlines(item, `${path}.items[${i}]`, sourceIds, problems));
      }
      break;
    case 'image':
      keys(value, path, ['type', 'image'], problems);
      picture(b.image, `${path}.image`, problems, true);
      break;
    default:
      problems.push(`${path}.type: unknown block type ${JSON.stringify((b as { type: unknown }).type)}`);
  }
}

export function articleProblems(value: unknown): Problems {
  const problems: Problems = [];
  const allowed = ['id', 'url', 'headline', 'section', 'standfirst', 'authors', 'publisher', 'published', 'modified', 'image', 'body', 'tags', 'sources', 'lang'];
  if (!keys(value, 'article', allowed, problems)) return problems;
  const a = value as unknown as Article;
  text(a.id, 'id', problems, true);
  url(a.url, 'url', 'link', problems);
  text(a.headline, 'headline', problems);
  text(a.section, 'section', problems, true);
  text(a.standfirst, 'standfirst', problems, true);
  if (array(a.authors, 'authors', problems)) a.authors.forEach((p, i) => person(p, `authors[${i}]`, problems));
  if (a.publisher !== undefined) person(a.publisher, 'publisher', problems);
  date(a.published, 'published', problems);
  date(a.modified, 'modified', problems);
  if (a.image !== undefined) picture(a.image, 'image', problems, true);
  problems.push(...sourceProblems(a.sources));
  const sourceIds = new Set(Array.isArray(a.sources) ? a.sources.map(s => s.id) : []);
  if (array(a.body, 'body', problems)) a.body.forEach((b, i) => block(b, `body[${i}]`, sourceIds, problems));
  if (array(a.tags, 'tags', problems)) {
    a.tags.forEach((tag, i) => text(tag, `tags[${i}]`, problems));
    if (new Set(a.tags.map(t => String(t).toLocaleLowerCase())).size !== a.tags.length) problems.push('tags: duplicates');
  }
  if (a.lang !== undefined) {
    text(a.lang, 'lang', problems);
    try {
      Intl.getCanonicalLocales(a.lang);
    } catch {
      problems.push(`lang: ${JSON.stringify(a.lang)} is not a language tag`);
    }
  }
  return problems;
}

export function cardListProblems(value: unknown, path = 'list'): Problems {
  const problems: Problems = [];
  if (!keys(value, path, ['title', 'url', 'items'], problems)) return problems;
  const list = value as unknown as CardList;
  text(list.title, `${path}.title`, problems, true);
  url(list.url, `${path}.url`, 'link', problems);
  if (!array(list.items, `${path}.items`, problems)) return problems;
  list.items.forEach((card, i) => {
    const p = `${path}.items[${i}]`;
    if (!keys(card, p, ['id', 'title', 'url', 'image', 'date', 'label', 'summary', 'author'], problems)) return;
    text(card.id, `${p}.id`, problems, true);
    text(card.title, `${p}.title`, problems);
    url(card.url, `${p}.url`, 'link', problems);
    if (card.image !== undefined) picture(card.image, `${p}.image`, problems, false);
    date(card.date, `${p}.date`, problems);
    text(card.label, `${p}.label`, problems, true);
    text(card.summary, `${p}.summary`, problems, true);
    text(card.author, `${p}.author`, problems, true);
  });
  return problems;
}

export function cardListsProblems(value: unknown): Problems {
  const problems: Problems = [];
  if (!array(value, 'lists', problems)) return problems;
  value.forEach((list, i) => problems.push(...cardListProblems(list, `lists[${i}]`)));
  return problems;
}
