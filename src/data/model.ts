/**
 * The normalized article model. Every format parser produces exactly this shape and every
 * element renders only this shape, so the renderer never sees raw publisher data.
 *
 * Invariants the parsers guarantee (and the renderer relies on):
 * - every string is plain text, never markup;
 * - every URL has passed `safeUrl` (http/https, plus mailto/tel for links) and is absolute;
 * - arrays are present (possibly empty), never undefined.
 */

/** A person or organization credited on an article. */
export interface Person {
  name: string;
  url?: string;
}

/** A picture with what a reader needs around it. */
export interface Picture {
  url: string;
  alt?: string;
  caption?: string;
  credit?: string;
  width?: number;
  height?: number;
}

/** A work the article is based on or cites. */
export interface Source {
  /** Stable key used by inline citations; unique within one article. */
  id: string;
  name: string;
  url?: string;
  /** The outlet or publisher, e.g. "Kyiv Post". */
  publisher?: string;
}

/** Inline content: plain text, or a run of marked-up text. */
export type Inline = string | LinkInline | MarkInline | CiteInline;

export interface LinkInline {
  type: 'link';
  href: string;
  content: Inline[];
}

export interface MarkInline {
  type: 'em' | 'strong' | 'code';
  content: Inline[];
}

/** A reference to one of the article's sources, by `Source.id`. */
export interface CiteInline {
  type: 'cite';
  source: string;
}

export type Block = HeadingBlock | ParagraphBlock | QuoteBlock | ListBlock | FigureBlock;

export interface HeadingBlock {
  type: 'heading';
  /** 2 for a section heading, 3 for a sub-heading (the headline is the only level 1). */
  level: 2 | 3;
  content: Inline[];
}

export interface ParagraphBlock {
  type: 'paragraph';
  content: Inline[];
}

export interface QuoteBlock {
  type: 'quote';
  content: Inline[];
  /** Who said it, as plain text. */
  attribution?: string;
}

export interface ListBlock {
  type: 'list';
  ordered: boolean;
  items: Inline[][];
}

export interface FigureBlock {
  type: 'image';
  image: Picture;
}

/** One whole article. */
export interface Article {
  id?: string;
  url?: string;
  headline: string;
  /** Kicker or section, e.g. "Space". */
  section?: string;
  /** Standfirst / dek / description. */
  standfirst?: string;
  authors: Person[];
  publisher?: Person;
  /** ISO 8601 date-time strings, validated as dates. */
  published?: string;
  modified?: string;
  image?: Picture;
  body: Block[];
  tags: string[];
  sources: Source[];
  /** BCP 47 language tag of the content, when the data says. */
  lang?: string;
}

/** One item of a list: a card linking to an article (related articles, trending lists). */
export interface Card {
  id?: string;
  title: string;
  url?: string;
  image?: Picture;
  /** ISO 8601 date or date-time, validated. */
  date?: string;
  /** Section, category or label, e.g. "Space". */
  label?: string;
  /** Plain-text summary. */
  summary?: string;
  /** Author name(s) as one line of text. */
  author?: string;
}

/** A named list of cards: a feed, an ItemList, one tab of a trending panel. */
export interface CardList {
  /** The list's name, e.g. "Trending"; labels its tab in a trending panel. */
  title?: string;
  url?: string;
  items: Card[];
}
