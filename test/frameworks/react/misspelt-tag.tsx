// Must not compile: a tag the library does not define.
import type {} from 'news-elements/react';

export const page = <news-artcle src="/article.json" />; // error
