// Compiles: every element, typed properties and the three events, as a React 19 app writes them.
import type {} from 'news-elements/react';
import 'news-elements';
import type { Article, Card, NewsLoadEvent, RelatedArticles } from 'news-elements';

const article: Article = {
  headline: 'From data',
  authors: [],
  body: [],
  tags: [],
  sources: [],
};

export function Page({ onLoaded }: { onLoaded: (event: NewsLoadEvent) => void }) {
  return (
    <>
      <news-article
        src="/article.json"
        theme="dark"
        labels={{ sources: 'Quellen' }}
        onnews-load={event => {
          onLoaded(event);
          const src: string | undefined = event.detail.src;
          event.target.reload();
          console.log(src, (event.detail.data as Article).headline);
        }}
        onnews-error={event => console.warn(event.detail.message, event.detail.src)}
      >
        <source-list heading-level={3} heading="Sources" onnews-navigate={event => console.log(event.detail.url)} />
        <related-articles
          layout="compact"
          limit={3}
          summaries
          ref={(element: RelatedArticles | null) => element?.list}
          onnews-navigate={event => {
            const card = event.detail.item as Card;
            if (card.url?.startsWith('/')) event.preventDefault();
          }}
        />
      </news-article>
      <news-article data={article} />
      <trending-panel data={[]} refresh={60} selected={0} limit={5} heading-level={2} onnews-load={event => console.log(event.detail.data)} />
    </>
  );
}
