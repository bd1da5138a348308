// Must not compile: each line marked `error` is a mistake the generated types catch (the last: `article` is read-only).
import type {} from 'news-elements/react';

export function Page() {
  return (
    <>
      <related-articles limit="three" /> {/* error */}
      <related-articles layout="carousel" /> {/* error */}
      <news-article theme="blue" /> {/* error */}
      <source-list onnews-load={event => event.detail.nope} /> {/* error */}
      <news-article article={undefined} /> {/* error */}
    </>
  );
}
