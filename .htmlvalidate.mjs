/**
 * html-validate configuration for rendered pages (test/browser/samples-quality.test.ts validates
 * every sample template rendered through the real renderer). The recommended preset; no rule is
 * turned off: style rules are set to what React's server renderer emits, and no-inline-style allows
 * the two properties the Hero's design-token colours use.
 */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // React writes `<!doctype html>`-style documents from renderPage: lowercase is a valid doctype.
    'doctype-style': ['error', { style: 'lowercase' }],
    // React's static markup closes void elements (`<meta/>`, `<img/>`): valid HTML, one consistent style.
    'void-style': ['error', { style: 'selfclose' }],
    // React spells a few attributes in camelCase (`charSet`, `srcSet`); HTML attribute names are
    // ASCII case-insensitive, so these are the same attributes. Upper- and PascalCase stay refused.
    'attr-case': ['error', { style: ['lowercase', 'camelcase'] }],
    // React writes boolean attributes with an empty value (`disabled=""`, `selected=""`): valid HTML.
    'attribute-boolean-style': ['error', { style: 'empty' }],
    // The Hero's colours are design-token references rendered as `var(--wh-…)` (tokenRef refuses
    // anything else), the one inline style the library writes; every other property stays refused.
    // `aspect-ratio`: an image's designed fallback keeps the picture's proportions (image.tsx).
    'no-inline-style': ['error', { allowedProperties: ['display', 'background', 'color', 'aspect-ratio'] }],
  },
};
