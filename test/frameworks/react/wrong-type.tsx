// Must not compile: each line marked `// error` is a mistake the generated types catch.
import type {} from 'news-elements/react';

export function Page() {
  return (
    <>
      <related-articles limit="three" /> {/* error */}
      <related-articles layout="carousel" /> {/* error */}
      <news-article theme="blue" /> {/* error */}
      <source-list onnews-load={event => event.detail.nope} /> {/* error */}
    </>
  );
}
