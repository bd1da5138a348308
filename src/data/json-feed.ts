/**
 * JSON Feed (https://jsonfeed.org/version/1.1, and 1.0) fields shared by the article parser (one
 * item as an article) and the list parser (the feed as cards), read as real feeds write them:
 * either version URL scheme, tags as a list or as comma text, authors as 1.1's `authors` or 1.0's
 * `author`, HTML entities in text fields. A field that cannot be used is left out with a warning.
 */
import { at, lenient, lenientField, missingOrUnexpected, unexpected } from './errors.js';
import { firstImage } from './html-blocks.js';
import { publisherText } from './text.js';
import type { Person, Picture } from './model.js';
import { asList, defined, fieldUrl, isObject, listEntries, optionalDate, optionalId, optionalText, readEntries, type JsonObject } from './read.js';
import { safeUrl } from './urls.js';

/** Whether an object is a whole JSON Feed: its `version` is a jsonfeed.org version URL (http or https). */
export function isJsonFeed(value: JsonObject): boolean {
  return typeof value.version === 'string' && /^https?:\/\/jsonfeed\.org\/version\//i.test(value.version);
}

/** A whole feed's `items`, which must be a list. */
export function feedItems(feed: JsonObject): unknown[] {
  const { items } = feed;
  if (!Array.isArray(items)) throw missingOrUnexpected('items', 'a list of feed items', items);
  return items;
}

/** Optional text of `owner[key]` as the publisher meant it (entities decoded); a wrong type is a warning. */
export function feedText(owner: JsonObject, key: string, path: string): string | undefined {
  return lenient(() => {
    const text = optionalText(owner[key], at(path, key));
    // Never blank: text that is nothing but markup is kept as written (see publisherText).
    return text && publisherText(text);
  });
}

/** `tags` as a list of text, or as one comma-separated text; entries that are not text are dropped with a warning. */
export function feedTags(item: JsonObject, path: string): string[] {
  return listEntries(item.tags, at(path, 'tags')).flatMap(([tag, tagPath]) => {
    const text = lenient(() => optionalText(tag, tagPath));
    return text ? publisherText(text).split(',') : [];
  });
}

/** `authors` (1.1), else `author` (1.0): objects with a `name` (and a `url`), or plain names; an entry of another kind is left out with a warning. */
export function feedPeople(owner: JsonObject, path: string, base: string | undefined): Person[] {
  const key = owner.authors != null ? 'authors' : 'author';
  return readEntries(owner[key], at(path, key), (author, authorPath) => {
    if (typeof author === 'string') {
      const name = publisherText(author);
      return name ? { name } : undefined;
    }
    if (!isObject(author)) throw unexpected(authorPath, 'an author object with a "name"', author);
    const name = feedText(author, 'name', authorPath);
    // An author with only a URL or an avatar has no name to show.
    if (name) return defined({ name, url: fieldUrl(author, 'url', authorPath, base) });
  });
}

/**
 * An item's picture: its `image`, else its `banner_image`, else an image attachment, else (for a
 * card, `fromContent`; an article shows its body's images in place) the first real image of its
 * `content_html`, as feed readers show it.
 */
export function feedImage(item: JsonObject, path: string, base: string | undefined, fromContent = false): Picture | undefined {
  const attachment = asList(item.attachments).find(
    value => isObject(value) && typeof value.mime_type === 'string' && /^image\//i.test(value.mime_type),
  ) as JsonObject | undefined;
  const url =
    fieldUrl(item, 'image', path, base, 'media') ??
    fieldUrl(item, 'banner_image', path, base, 'media') ??
    (attachment && safeUrl(attachment.url, base, 'media'));
  if (url) return { url };
  return fromContent && typeof item.content_html === 'string' ? lenient(() => firstImage(item.content_html as string, base)) : undefined;
}

/**
 * What an item says about itself whichever way it is shown (an article or a card): id, link,
 * dates, picture (`fromContent` as for feedImage), tags and authors.
 */
export function feedItem(item: JsonObject, path: string, base: string | undefined, fromContent = false) {
  const date = (key: string) => lenientField(optionalDate, item, key, path);
  return {
    id: lenientField(optionalId, item, 'id', path),
    url: fieldUrl(item, 'url', path, base) ?? fieldUrl(item, 'external_url', path, base),
    published: date('date_published'),
    modified: date('date_modified'),
    image: feedImage(item, path, base, fromContent),
    tags: feedTags(item, path),
    authors: feedPeople(item, path, base),
  };
}
