/**
 * schema.org JSON-LD (`Article` family) → Article.
 *
 * Publishers' JSON-LD comes from SEO plugins and CMS templates, so the real-world variants are
 * all accepted: one object, an array, an `@graph` (or an array of graphs) whose nodes refer to
 * each other by `@id`, and properties given as text, `@value` objects or lists. Only a missing
 * headline rejects the article; a field that cannot be used is left out with a warning (see
 * creative-work.ts), so the rest still renders.
 */
import { DataError, at, unexpected, warnError } from '../errors.js';
import type { Article, Block } from '../model.js';
import { asList, defined, isObject, optionalLang, readEntries } from '../read.js';
import { creativeWork, type CreativeWork } from '../creative-work.js';
import { firstString, firstText, jsonLdDocument, literal, schemaKeys, text, texts, typesOf, type JsonLdDocument } from '../linked-data.js';
import { blocksText } from '../html-blocks.js';
import { titleFromText } from '../text.js';
import { numberSources, readSource, textBody, uniqueSources, uniqueTags } from './common.js';

/**
 * schema.org types that are an article: Article and its subtypes publishers use, whose names all
 * end in "Article" (NewsArticle, ReportageNewsArticle, ScholarlyArticle…) or "Posting"
 * (BlogPosting, LiveBlogPosting, SocialMediaPosting, DiscussionForumPosting…), and Report;
 * in any case, as templates misspell them.
 */
const ARTICLE_TYPE = /(?:Article|Posting)$|^Report$/i;

export function parseJsonLdArticle(input: unknown, base?: string): Article {
  const graph = jsonLdDocument(input);
  // A node of an unknown or misspelt type is still the article when it has a headline and a body.
  const found =
    graph.find(node => typesOf(node).some(type => ARTICLE_TYPE.test(type))) ??
    graph.find(node => {
      const { headline, articleBody, text } = schemaKeys(node);
      return headline !== undefined && (articleBody !== undefined || text !== undefined);
    });
  if (!found) {
    throw new DataError('', `no schema.org Article found; found ${graph.types()}`);
  }
  return readArticle(graph, creativeWork(graph, found, base), base);
}

/** Reads the fields of the one article node: the CreativeWork header, then body, tags, sources. */
function readArticle(graph: JsonLdDocument, work: CreativeWork, base: string | undefined): Article {
  const { node, path } = work;
  const { headline, ...header } = work.header();

  // `articleBody` (else CreativeWork `text`): plain text, or HTML read through the allowlist.
  let body: Block[] = [];
  for (const key of ['articleBody', 'text']) {
    const value = node[key];
    if (value == null) continue;
    const raw = literal(value);
    if (typeof raw !== 'string') {
      warnError(unexpected(at(path, key), 'text', value));
      continue;
    }
    body = textBody(raw, base);
    if (body.length) break;
  }

  // A post without a headline (a social-media or forum posting) is titled by the start of its text, as feed readers do.
  const title = headline ?? (node.headline === undefined ? titleFromText(blocksText(body)) : undefined);
  if (title === undefined) {
    // A headline of the wrong kind is named as such: it is the one field an article cannot do without.
    if (node.headline !== undefined) text(node.headline, at(path, 'headline'));
    throw new DataError(at(path, 'headline'), 'is missing; expected text (or a "name")');
  }

  // `keywords` as "a, b, c" or as a list (of text or DefinedTerm objects).
  const keywords = readEntries(node.keywords, at(path, 'keywords'), (keyword, keywordPath) =>
    texts(isObject(keyword) && !('@value' in keyword) ? keyword.name : keyword, keywordPath),
  );

  // `citation` and `isBasedOn`: URLs, names, or CreativeWork-like objects.
  const drafts = ['citation', 'isBasedOn'].flatMap(key =>
    readEntries(node[key], at(path, key), (value, sourcePath) =>
      readSource(graph.resolve(value), sourcePath, base, source => ({
        url: firstString(source.url),
        publisher: work.people(asList(source.publisher)[0], at(sourcePath, 'publisher'))[0]?.name,
      })),
    ),
  );

  return defined({
    ...header,
    headline: title,
    body,
    tags: uniqueTags(keywords.flatMap(tag => tag.split(','))),
    sources: numberSources(uniqueSources(drafts)),
    // A Language object (`{"alternateName": "en"}`) is not read; a wrong `lang` only costs hyphenation.
    lang: optionalLang(firstText(node.inLanguage), at(path, 'inLanguage')),
  });
}
