import { z } from 'zod';
import type { ComponentDefinition } from '../schema.js';
import { help, LOCALE_OK, plainText } from '../schema.js';
import { SiteLink } from '../site-link.js';
import { messagesFor } from './messages.js';

const props = z.object({
  /** Empty: "Page not found" in the page's language. */
  heading: plainText(200).default(''),
  /** Empty: the standard explanation in the page's language. */
  text: plainText(1000).default(''),
  /** Provided by the renderer (the region's locale). */
  locale: z.string().max(35).refine(LOCALE_OK, 'Not a BCP 47 locale').default('en'),
});
type Props = z.infer<typeof props>;

/** The 404 page's message with ways back into the shop (home, all products), in the page's language. */
export const NotFound = {
  label: 'Not found message',
  props,
  fields: {
    heading: { type: 'text', label: 'Heading', ...help('Empty: “Page not found” in the page’s language.') },
    text: { type: 'textarea', label: 'Text', ...help('Empty: a short explanation in the page’s language.') },
  },
  defaultProps: { heading: '', text: '' },
  render: ({ heading, text, locale }) => {
    const messages = messagesFor(locale);
    return (
      <div className="wh-not-found">
        <h1 className="wh-heading">{heading || messages.pageNotFound}</h1>
        <p>{text || messages.notFoundText}</p>
        <p className="wh-not-found__actions">
          <SiteLink className="wh-button wh-button--primary" to={{ kind: 'page', path: '/' }}>
            {messages.backHome}
          </SiteLink>
          <SiteLink className="wh-button wh-button--secondary" to={{ kind: 'allProducts' }}>
            {messages.browseProducts}
          </SiteLink>
        </p>
      </div>
    );
  },
} satisfies ComponentDefinition<Props>;
