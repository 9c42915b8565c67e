/**
 * An XSS corpus for the rendered-page proof (test/browser/xss.test.ts). Every payload, if it ever
 * executed, calls the sentinel `__xss(<its number>)` (or `alert`/`confirm`/`prompt`, which the
 * sentinel also records), so a hit names the payload that got through.
 *
 * `§` in a template stands for the call `__xss(n)` (encoded variants call `__xss(0)`). The list covers: script elements, event handlers, URL schemes
 * (javascript:, data:, vbscript:) with case, entity, whitespace, control-character and percent
 * obfuscations, SVG/MathML tricks, style/expression/CSS `url()`/`@import` injection, element
 * breakouts (`</script>`, `</style>`, `</title>`, `</textarea>`, comments, CDATA), attribute
 * breakouts with quotes and backticks, template-like strings, and unicode tricks.
 */

const TEMPLATES: readonly string[] = [
  // Script elements.
  '<script>§</script>',
  '<SCRIPT>§</SCRIPT>',
  '<script src="data:text/javascript,§"></script>',
  '<script>/*</script><script>§//*/</script>',
  '<scr<script>ipt>§</scr</script>ipt>',
  '"><script>§</script>',
  "'><script>§</script>",
  '</script><script>§</script>',
  '</style><script>§</script>',
  '</title><script>§</script>',
  '</textarea><script>§</script>',
  '--><script>§</script><!--',
  ']]><script>§</script>',
  '<noscript><p title="</noscript><img src=x onerror=§>">',
  '<template><script>§</script></template>',
  '<script type="module">§</script>',
  '<iframe srcdoc="<script>parent.§</script>"></iframe>',
  '<object data="javascript:§"></object>',
  '<embed src="javascript:§">',
  // Event handlers.
  '<img src=x onerror=§>',
  '<img src=x onerror="§">',
  '<IMG SRC=x OnErRoR=§>',
  '<img src=x onerror=&#95;&#95;xss(0)>',
  '<img/src=x/onerror=§>',
  '<img src=x onerror\t=\t§>',
  '<body onload=§>',
  '<svg onload=§>',
  '<svg/onload=§>',
  '<details open ontoggle=§>',
  '<input autofocus onfocus=§>',
  '<video><source onerror=§></video>',
  '<audio src=x onerror=§>',
  '<marquee onstart=§>x</marquee>',
  '<div style="width:100vw;height:100vh" onmouseover=§>x</div>',
  '<a href="#" onclick=§>x</a>',
  // Attribute breakouts.
  '" onmouseover="§" x="',
  "' onmouseover='§' x='",
  '` onmouseover=`§` x=`',
  '" autofocus onfocus="§" x="',
  '"/><img src=x onerror=§>',
  "'/><img src=x onerror=§>",
  '" style="background:url(javascript:§)"',
  '" href="javascript:§',
  // URL schemes and their obfuscations.
  'javascript:§',
  'JaVaScRiPt:§',
  ' javascript:§',
  'javascript :§',
  'java\tscript:§',
  'java\nscript:§',
  'java\rscript:§',
  '\u0000javascript:§',
  '\u0001javascript:§',
  'jav&#x61;script:§',
  'jav&#97;script:§',
  '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;§',
  'javascript&colon;§',
  'javascript%3A§',
  'javascript:/*-/*`/*\\`/*\'/*"/**/(/* */oNcliCk=§ )//',
  'javascript://%0a§',
  'javascript:void(§)',
  'data:text/html,<script>§</script>',
  'data:text/html;base64,PHNjcmlwdD5fX3hzcygwKTwvc2NyaXB0Pg==',
  'DATA:text/html,<script>§</script>',
  'data:image/svg+xml,<svg onload=§>',
  'vbscript:msgbox(1)',
  'VBScript:§',
  '/\\javascript:§',
  '//evil.example/x.js',
  '\\\\evil.example\\x',
  'https://evil.example/"><script>§</script>',
  '/" onerror="§',
  '/x?"onmouseover=§',
  '/x#<script>§</script>',
  'http://127.0.0.1/x,javascript:§ 1w',
  // SVG and MathML.
  '<svg><script>§</script></svg>',
  '<svg><animate onbegin=§ attributeName=x dur=1s>',
  '<svg><a xlink:href="javascript:§"><text y="20">x</text></a></svg>',
  '<svg><set attributeName="onload" to="§"/></svg>',
  '<svg><style><img src=x onerror=§></style></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=§>',
  '<math href="javascript:§">x</math>',
  '<math><maction actiontype="statusline" xlink:href="javascript:§">x</maction></math>',
  '<form><math><mtext></form><form><mglyph><style></math><img src=x onerror=§>',
  // Style, expression, url(), @import.
  '<style>@import "javascript:§";</style>',
  '<style>body{background:url("javascript:§")}</style>',
  '<div style="background-image:url(javascript:§)">x</div>',
  '<div style="width:expression(§)">x</div>',
  '</style><img src=x onerror=§><style>',
  'expression(§)',
  'url(javascript:§)',
  '@import url(javascript:§);',
  '{color.brand.primary};background:url(javascript:§)',
  '{color.brand.primary}</style><script>§</script>',
  '<link rel="stylesheet" href="javascript:§">',
  '<meta http-equiv="refresh" content="0;url=javascript:§">',
  '<base href="javascript:§//">',
  // Template-like strings (server/client template engines).
  '{{constructor.constructor("§")()}}',
  '§{§}',
  '#{§}',
  '<%= § %>',
  '{{{§}}}',
  '{{site.name}}<script>§</script>',
  // Unicode tricks.
  '\uff1cscript\uff1e§\uff1c/script\uff1e',
  '\u003cscript\u003e§\u003c/script\u003e',
  '\u202e>tpircs/<§>tpircs<',
  '<scr\u200bipt>§</scr\u200bipt>',
  '\u2028\u2029<script>§</script>',
  '\ud800<script>§</script>',
  '%3Cscript%3E§%3C/script%3E',
  '&lt;script&gt;§&lt;/script&gt;',
  '<img src=x onerror=\\u005f_xss(0)>',
  '+ADw-script+AD4-§+ADw-/script+AD4-',
];

export interface Payload {
  /** 1-based; the number the payload passes to the sentinel. */
  n: number;
  text: string;
}

/** The corpus, each payload numbered (`__xss(n)`; encoded variants report 0). */
export const XSS_CORPUS: readonly Payload[] = TEMPLATES.map((template, i) => ({
  n: i + 1,
  text: template.replaceAll('§', `__xss(${i + 1})`),
}));
