/**
 * An XSS corpus for the hardening suite: payloads written from the public corpora named on each
 * entry (adapted so that execution is detectable — each tries to set `window.__xss` — and so that
 * none needs a network). Every vector is injected into every text and URL field of every format
 * of every element (see payload-formats.ts and xss.test.ts).
 *
 * Sources:
 * - OWASP: the OWASP XSS Filter Evasion Cheat Sheet (formerly RSnake's XSS Cheat Sheet).
 * - PortSwigger: PortSwigger's Cross-site scripting (XSS) cheat sheet.
 * - html5sec: Cure53's HTML5 Security Cheatsheet (html5sec.org), by vector number.
 * - DOMPurify: DOMPurify's test fixtures (test/fixtures/expect.mjs) and its published bypasses.
 * - mXSS: Heiderich et al., "mXSS Attacks" (CCS 2013), and Bentkowski's mutation-XSS write-ups.
 * - Polyglot: 0xSobky's "Ultimate XSS Polyglot".
 * - WHATWG URL: the URL Standard's parsing rules (leading C0 controls/spaces stripped, tab and
 *   newline removed anywhere), as exercised by the WPT url/ tests.
 */
export interface XssVector {
  /** Short unique name, shown in test titles. */
  name: string;
  /** The public corpus it is drawn from. */
  source: string;
  payload: string;
}

const JS = 'window.__xss=1';

export const XSS_VECTORS: XssVector[] = [
  // --- Script elements and tag-parsing tricks -----------------------------------------------
  { name: 'script tag', source: 'OWASP: Basic XSS Test Without Filter Evasion', payload: `<script>${JS}</script>` },
  { name: 'script src', source: 'OWASP: XSS Locator (short)', payload: '<SCRIPT SRC=https://xss.invalid/xss.js></SCRIPT>' },
  { name: 'script/xss src', source: 'OWASP: Non-alpha-non-digit XSS', payload: '<SCRIPT/XSS SRC="https://xss.invalid/xss.js"></SCRIPT>' },
  { name: 'extraneous brackets', source: 'OWASP: Extraneous Open Brackets', payload: `<<SCRIPT>${JS};//\\<</SCRIPT>` },
  { name: 'unclosed script', source: 'OWASP: No Closing Script Tags', payload: '<SCRIPT SRC=https://xss.invalid/xss.js?< B >' },
  { name: 'end title', source: 'OWASP: End Title Tag', payload: `</TITLE><SCRIPT>${JS};</SCRIPT>` },
  { name: 'malformed img quotes', source: 'OWASP: Malformed IMG Tags', payload: `<IMG """><SCRIPT>${JS}</SCRIPT>">` },
  { name: 'attribute breakout', source: 'OWASP: Escaping JavaScript escapes / attribute context', payload: `"><img src=x onerror="${JS}">` },
  { name: 'single-quote breakout', source: 'PortSwigger: attribute context breakout', payload: `'><svg onload='${JS}'>` },
  { name: 'comment breakout', source: 'html5sec #37 (comment parsing)', payload: `<!--<img src="--><img src=x onerror=${JS}//">` },
  { name: 'CDATA in HTML', source: 'html5sec #84 (CDATA in HTML content)', payload: `<![CDATA[<]]><img src=x onerror=${JS}//]]>` },
  { name: 'textarea breakout', source: 'PortSwigger: RCDATA element breakout', payload: `</textarea><script>${JS}</script>` },
  { name: 'style breakout', source: 'PortSwigger: raw text element breakout', payload: `</style><img src=x onerror=${JS}>` },
  { name: 'lit marker', source: 'Lit template marker injection (lit-html issue #1185 class)', payload: `<!--?lit$123$--><?lit$123$>lit$123$<img src=x onerror=${JS}>` },

  // --- Event handlers ------------------------------------------------------------------------
  { name: 'img onerror', source: 'OWASP: On Error Alert', payload: `<IMG SRC=/ onerror="${JS}"></img>` },
  { name: 'img onerror unquoted', source: 'PortSwigger: img onerror', payload: `<img src=x onerror=${JS}//` },
  { name: 'img onmouseover', source: 'OWASP: Malformed A Tags / onmouseover', payload: `<IMG SRC=# onmouseover="${JS}">` },
  { name: 'a onmouseover', source: 'OWASP: Malformed A Tags', payload: `<a onmouseover="${JS}">xxs link</a>` },
  { name: 'svg onload', source: 'PortSwigger: svg onload', payload: `<svg/onload=${JS}>` },
  { name: 'body onload', source: 'OWASP: BODY tag', payload: `<BODY ONLOAD=${JS}>` },
  { name: 'body odd chars', source: 'OWASP: Non-alpha-non-digit XSS (BODY)', payload: `<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^\`=${JS}>` },
  { name: 'details ontoggle', source: 'PortSwigger: ontoggle', payload: `<details open ontoggle=${JS}>` },
  { name: 'custom tag onfocus', source: 'PortSwigger: custom tags with onfocus', payload: `<xss id=x tabindex=1 onfocus=${JS} autofocus>` },
  { name: 'input autofocus', source: 'PortSwigger: onfocus autofocus', payload: `<input autofocus onfocus=${JS}>` },
  { name: 'video source onerror', source: 'PortSwigger: video source onerror', payload: `<video><source onerror=${JS}></video>` },
  { name: 'audio onerror', source: 'PortSwigger: audio onerror', payload: `<audio src/onerror=${JS}>` },
  { name: 'onanimationend', source: 'PortSwigger: animation events', payload: `<style>@keyframes x{}</style><xss style="animation-name:x" onanimationend="${JS}"></xss>` },
  { name: 'body onpageshow', source: 'PortSwigger: onpageshow', payload: `<body onpageshow=${JS}>` },
  { name: 'entity in handler', source: 'PortSwigger: HTML-encoded handler', payload: `<img src=1 onerror=window&#x2e;__xss&#x3d;1>` },
  { name: 'NUL in attribute', source: 'OWASP: Null breaks up JavaScript directive', payload: `<img src="x\u0000" onerror="${JS}">` },

  // --- SVG / MathML namespace confusion and mutation XSS -----------------------------------------
  { name: 'svg script', source: 'html5sec #14 (SVG script)', payload: `<svg><script>${JS}</script></svg>` },
  { name: 'svg script href', source: 'PortSwigger: SVG script href', payload: `<svg><script href="data:,${JS}" /></svg>` },
  { name: 'svg animate onbegin', source: 'PortSwigger: SVG animate onbegin', payload: `<svg><animate onbegin=${JS} attributeName=x dur=1s>` },
  { name: 'svg animate href', source: 'PortSwigger: SVG animate values=javascript:', payload: `<svg><a><animate attributeName=href values=javascript:${JS} /><text x=20 y=20>Click</text></a></svg>` },
  { name: 'svg use data', source: 'PortSwigger: SVG use with data: URL', payload: `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='${JS}'/></svg>#x"/></svg>` },
  { name: 'svg foreignObject', source: 'html5sec #24 (foreignObject)', payload: `<svg><foreignObject><iframe onload=${JS}></iframe></foreignObject></svg>` },
  { name: 'svg p style', source: 'DOMPurify 2.0.1 bypass (namespace confusion)', payload: `<svg></p><style><a id="</style><img src=1 onerror=${JS}>">` },
  { name: 'math mglyph style', source: 'mXSS: DOMPurify 2.0.17 bypass (Bentkowski, math/mglyph)', payload: `<math><mtext><table><mglyph><style><img src=x onerror=${JS}></style></mglyph></table></mtext></math>` },
  { name: 'form math mglyph', source: 'DOMPurify 2.0.0 bypass (form/math/mglyph)', payload: `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${JS}>` },
  { name: 'math maction', source: 'PortSwigger: MathML maction xlink:href', payload: `<math><maction actiontype="statusline" xlink:href="javascript:${JS}">Click</maction></math>` },
  { name: 'math svg foreignObject', source: 'DOMPurify fixtures: math > svg > foreignObject', payload: `<math><mi><svg><foreignObject><img src=x onerror=${JS}></foreignObject></svg></mi></math>` },
  { name: 'noscript title', source: 'mXSS: DOMPurify noscript bypass (2019)', payload: `<noscript><p title="</noscript><img src=x onerror=${JS}>">` },
  { name: 'xmp title', source: 'mXSS paper: xmp raw text', payload: `<xmp><p title="</xmp><img src=x onerror=${JS}>">` },
  { name: 'listing entities', source: 'mXSS paper: listing/innerHTML decoding', payload: `<listing>&lt;img src=x onerror=${JS}&gt;</listing>` },
  { name: 'template content', source: 'DOMPurify fixtures: template', payload: `<template><img src=x onerror=${JS}></template>` },
  { name: 'backtick attr', source: 'mXSS paper: backtick attribute (old IE)', payload: `<img src="\`\` onerror=${JS}">` },
  { name: 'xml namespace time', source: 'OWASP: XML namespace / HTML+TIME', payload: `<HTML><BODY><?xml:namespace prefix="t" ns="urn:schemas-microsoft-com:time"><?import namespace="t" implementation="#default#time2"><t:set attributeName="innerHTML" to="XSS<SCRIPT DEFER>${JS}</SCRIPT>"></BODY></HTML>` },
  { name: 'xml data island', source: 'OWASP: XML data island with comment obfuscation', payload: `<XML ID="xss"><I><B><IMG SRC="javas<!-- -->cript:${JS}"></B></I></XML>` },

  // --- Embedding, frames, forms, metadata --------------------------------------------------------
  { name: 'iframe javascript', source: 'OWASP: IFRAME', payload: `<IFRAME SRC="javascript:parent.__xss=1;"></IFRAME>` },
  { name: 'iframe srcdoc', source: 'PortSwigger: iframe srcdoc', payload: `<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>` },
  { name: 'frameset', source: 'OWASP: FRAME', payload: `<FRAMESET><FRAME SRC="javascript:parent.__xss=1;"></FRAMESET>` },
  { name: 'object data', source: 'PortSwigger: object data javascript:', payload: `<object data="javascript:${JS}"></object>` },
  { name: 'embed svg', source: 'OWASP: EMBED SVG which contains XSS vector', payload: '<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIG9ubG9hZD0id2luZG93Ll9feHNzPTEiLz4=" type="image/svg+xml">' },
  { name: 'form formaction', source: 'html5sec #1 (formaction)', payload: `<form id="test"></form><button form="test" formaction="javascript:${JS}">X</button>` },
  { name: 'meta refresh js', source: 'OWASP: META refresh', payload: `<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:${JS};">` },
  { name: 'meta refresh data', source: 'OWASP: META using data', payload: '<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==">' },
  { name: 'base href', source: 'OWASP: BASE tag', payload: `<BASE HREF="javascript:${JS};//">` },
  { name: 'link stylesheet', source: 'OWASP: STYLE sheet (LINK)', payload: `<LINK REL="stylesheet" HREF="javascript:${JS};">` },
  { name: 'style list-style-image', source: 'OWASP: List-style-image', payload: `<STYLE>li {list-style-image: url("javascript:${JS}");}</STYLE><UL><LI>XSS</br>` },
  { name: 'style expression', source: 'OWASP: STYLE attribute using a comment to break up expression', payload: `<DIV STYLE="width: expression(${JS});">x</DIV>` },
  { name: 'background url', source: 'OWASP: DIV background-image', payload: `<DIV STYLE="background-image: url(javascript:${JS})">x</DIV>` },
  { name: 'table background', source: 'OWASP: TABLE background', payload: `<TABLE BACKGROUND="javascript:${JS}"><TD BACKGROUND="javascript:${JS}">x</TD></TABLE>` },
  { name: 'input image', source: 'OWASP: INPUT image', payload: `<INPUT TYPE="IMAGE" SRC="javascript:${JS};">` },
  { name: 'img dynsrc lowsrc', source: 'OWASP: IMG Dynsrc / IMG Lowsrc', payload: `<IMG DYNSRC="javascript:${JS}"><IMG LOWSRC="javascript:${JS}">` },

  // --- javascript:/data:/vbscript: URLs in markup, with entity encodings ----------------------------
  { name: 'img src javascript', source: 'OWASP: Image XSS using the JavaScript directive', payload: `<IMG SRC="javascript:${JS};">` },
  { name: 'mixed case', source: 'OWASP: Case insensitive XSS attack vector', payload: `<IMG SRC=JaVaScRiPt:${JS}>` },
  { name: 'grave accents', source: 'OWASP: Grave accent obfuscation', payload: `<IMG SRC=\`javascript:${JS}\`>` },
  { name: 'fromCharCode', source: 'OWASP: fromCharCode', payload: '<IMG SRC=javascript:window[String.fromCharCode(95,95,120,115,115)]=1>' },
  { name: 'decimal entities', source: 'OWASP: Decimal HTML character references', payload: `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${JS}">dec</a>` },
  { name: 'decimal no semicolons', source: 'OWASP: Decimal HTML character references without trailing semicolons', payload: `<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058${JS}">dec</a>` },
  { name: 'hex no semicolons', source: 'OWASP: Hexadecimal HTML character references without trailing semicolons', payload: `<a href="&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A${JS}">hex</a>` },
  { name: 'embedded tab', source: 'OWASP: Embedded tab', payload: `<a href="jav\tascript:${JS};">tab</a>` },
  { name: 'encoded tab', source: 'OWASP: Embedded Encoded tab', payload: `<a href="jav&#x09;ascript:${JS};">tab</a>` },
  { name: 'encoded newline', source: 'OWASP: Embedded newline to break up XSS', payload: `<a href="jav&#x0A;ascript:${JS};">nl</a>` },
  { name: 'encoded CR', source: 'OWASP: Embedded carriage return to break up XSS', payload: `<a href="jav&#x0D;ascript:${JS};">cr</a>` },
  { name: 'meta chars before scheme', source: 'OWASP: Spaces and meta chars before the JavaScript in images', payload: `<a href=" &#14;  javascript:${JS};">meta</a>` },
  { name: 'named entity colon', source: 'PortSwigger: &colon; in javascript: URL', payload: `<a href="javascript&colon;${JS}">colon</a>` },
  { name: 'named Tab NewLine', source: 'PortSwigger: &Tab; / &NewLine; obfuscation', payload: `<a href="jav&Tab;asc&NewLine;ript&colon;${JS}">named</a>` },
  { name: 'partial entities', source: 'html5sec #12 (partial entity encoding)', payload: `<a href="&#106;avascript&#x3A;${JS}">partial</a>` },
  { name: 'data html link', source: 'PortSwigger: data: URL in a link', payload: '<a href="data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==">data</a>' },
  { name: 'vbscript link', source: 'OWASP: VBscript in an image / link', payload: '<a href="vbscript:msgbox(1)">vb</a><img src="vbscript:msgbox(1)">' },
  { name: 'lazy data-src', source: 'DOMPurify fixtures: data-* URL attributes', payload: `<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="javascript:${JS}" data-lazy-src="vbscript:msgbox(1)">` },

  // --- Bare URLs (for URL fields; also land in text fields) ------------------------------------
  { name: 'url javascript', source: 'OWASP: javascript: directive', payload: `javascript:${JS}` },
  { name: 'url mixed case padded', source: 'OWASP: case insensitivity + WHATWG URL trimming', payload: `  JaVaScRiPt:${JS}  ` },
  { name: 'url tab newline', source: 'WHATWG URL: tab and newline removal', payload: `java\tscr\nipt\r:${JS}` },
  { name: 'url C0 prefix', source: 'WHATWG URL: leading C0 control stripping', payload: `\u0001\u0008\u001f javascript:${JS}` },
  { name: 'url NUL prefix', source: 'OWASP: Null breaks up JavaScript directive', payload: `\u0000javascript:${JS}` },
  { name: 'url comment newline', source: 'PortSwigger: javascript:// comment and %0A', payload: `javascript://%0A${JS}` },
  { name: 'url data html', source: 'PortSwigger: data:text/html', payload: `data:text/html,<script>${JS}</script>` },
  { name: 'url data base64', source: 'OWASP: data: URL, base64', payload: 'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==' },
  { name: 'url data svg', source: 'PortSwigger: data:image/svg+xml', payload: `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${JS}"/>` },
  { name: 'url vbscript', source: 'OWASP: VBscript', payload: 'VBSCRIPT:msgbox(1)' },
  { name: 'url livescript', source: 'OWASP: Livescript (older Netscape)', payload: `livescript:${JS}` },
  { name: 'url blob/file', source: 'Allowlist probe: non-network schemes', payload: 'blob:https://example.com/9f0c' },
  { name: 'url entity text', source: 'OWASP: entity-encoded directive outside HTML (stays text)', payload: `&#106;avascript&colon;${JS}` },
  { name: 'url unicode spaces', source: 'PortSwigger: Unicode whitespace before scheme', payload: `\u2028\u00a0\ufeffjavascript:${JS}` },
  { name: 'url obfuscated host', source: 'OWASP: URL string evasion (hex/octal host) — allowed http', payload: 'http://0x42.0x0000066.0x7.0x93/' },
  { name: 'url protocol relative', source: 'OWASP: Protocol resolution bypass — resolves to the page scheme', payload: '//xss.invalid/x.js' },

  // --- Polyglots --------------------------------------------------------------------------------
  {
    name: 'ultimate polyglot',
    source: "Polyglot: 0xSobky's Ultimate XSS Polyglot",
    payload: `jaVasCript:/*-/*\`/*\\\`/*'/*"/**/(/* */oNcliCk=${JS} )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=${JS}//>\\x3e`,
  },
  {
    name: 'context polyglot',
    source: 'PortSwigger: polyglot for several contexts',
    payload: `javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/"/+/onmouseover=1/+/[*/[]/+${JS}//'>`,
  },
  { name: 'rtl override', source: 'PortSwigger: Unicode bidi / invisible characters', payload: `\u202e<img src=x onerror=${JS}>\u200b\ud800` },
];
