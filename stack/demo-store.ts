import type { RequestContext } from '../core/context.js';
import type { Storage } from '../core/storage.js';
import type { RunningModules } from '../subgraphs/modules.js';
import { PALETTE as P, type Scene, type SceneObject, sceneJpeg } from './demo-art.js';

/**
 * The demo store's content: Kiln & Loom, a small homeware shop (ceramics, textiles, pantry). Its
 * catalogue, photographs (drawn at seed time, stored through the assets upload path so the image
 * job makes the AVIF/WebP/JPEG variants), brand tokens and pages. Each part is its own function;
 * `seedDemo` (seed.ts) calls them in order.
 */

export const DEMO_STORE = {
  name: 'Kiln & Loom',
  homeTitle: 'Kiln & Loom: ceramics, linen and pantry goods',
  /** The collection the home page features. */
  featuredCollection: 'ceramics',
} as const;

type Money = { usd: number; eur: number; compareAtUsd?: number; compareAtEur?: number };

interface DemoVariant {
  sku: string;
  optionValues?: string[];
  weightGrams: number;
  price: Money;
  stock: number;
}

interface DemoProduct {
  title: string;
  slug: string;
  collection: 'ceramics' | 'textiles' | 'pantry';
  /** Rich text (the strict allow-list of templates/components: p, ul, li, strong, em). */
  description: string;
  seoDescription: string;
  options?: { name: string; values: string[] }[];
  variants: DemoVariant[];
  /** The photograph: the object and how it is lit. */
  art: Omit<SceneObject, 'x' | 'y'> & { wall: [string, string]; table: string };
  alt: string;
}

const price = (usd: number, eur: number, compareAt?: [number, number]): Money => ({
  usd,
  eur,
  ...(compareAt ? { compareAtUsd: compareAt[0], compareAtEur: compareAt[1] } : {}),
});

export const DEMO_COLLECTIONS = [
  {
    slug: 'ceramics',
    title: 'Ceramics',
    description:
      'Stoneware thrown and glazed in our studio in small batches: mugs, plates and bowls made for every day.',
  },
  {
    slug: 'textiles',
    title: 'Textiles',
    description: 'Washed linen and soft cotton, woven by family mills and finished by hand.',
  },
  {
    slug: 'pantry',
    title: 'Pantry',
    description: 'Honey, salt, oil and tea from the growers and makers we visit every season.',
  },
] as const;

export const DEMO_PRODUCTS: DemoProduct[] = [
  {
    title: 'Speckled Stoneware Mug',
    slug: 'speckled-stoneware-mug',
    collection: 'ceramics',
    description:
      '<p>Our everyday mug, wheel-thrown from a speckled stoneware clay and half-dipped in a satin glaze that feels good in the hand.</p><ul><li>Holds 350 ml</li><li>Dishwasher and microwave safe</li><li>Each one slightly different</li></ul>',
    seoDescription: 'A wheel-thrown speckled stoneware mug, 350 ml, half-dipped in a satin glaze.',
    options: [{ name: 'Colour', values: ['Terracotta', 'Sage', 'Ink'] }],
    variants: [
      {
        sku: 'KL-MUG-TERRACOTTA',
        optionValues: ['Terracotta'],
        weightGrams: 380,
        price: price(2800, 2600),
        stock: 24,
      },
      { sku: 'KL-MUG-SAGE', optionValues: ['Sage'], weightGrams: 380, price: price(2800, 2600), stock: 12 },
      { sku: 'KL-MUG-INK', optionValues: ['Ink'], weightGrams: 380, price: price(2800, 2600), stock: 0 },
    ],
    art: {
      kind: 'mug',
      scale: 1.55,
      colour: P.oat,
      accent: P.terracotta,
      wall: [P.cream, P.oat],
      table: P.sand,
    },
    alt: 'A speckled cream mug dipped in terracotta glaze on a sand-coloured table',
  },
  {
    title: 'Dinner Plates, Set of Two',
    slug: 'dinner-plates-set-of-two',
    collection: 'ceramics',
    description:
      '<p>Wide-rimmed 27 cm plates in a soft white glaze that lets the iron speckles of the clay show through. A sage line traces the rim.</p><p>Sold as a pair; stack them, use them, hand them down.</p>',
    seoDescription: 'Two 27 cm stoneware dinner plates in a speckled white glaze with a sage rim.',
    variants: [{ sku: 'KL-PLATE-2', weightGrams: 1900, price: price(6400, 5900), stock: 9 }],
    art: {
      kind: 'plate',
      scale: 1.15,
      colour: P.white,
      accent: P.sage,
      wall: [P.linen, P.sand],
      table: P.stone,
    },
    alt: 'Two white speckled plates with a sage rim, stacked on a stone table',
  },
  {
    title: 'Footed Serving Bowl',
    slug: 'footed-serving-bowl',
    collection: 'ceramics',
    description:
      '<p>A generous bowl on a turned foot, for salads, fruit or a loaf on the table. Terracotta outside, a pale oat glaze inside.</p><ul><li>28 cm across, 12 cm tall</li><li>Hand wash recommended</li></ul>',
    seoDescription: 'A 28 cm footed stoneware serving bowl, terracotta outside with an oat glaze inside.',
    variants: [
      { sku: 'KL-BOWL-FOOTED', weightGrams: 1600, price: price(6800, 6200, [8200, 7600]), stock: 6 },
    ],
    art: {
      kind: 'bowl',
      scale: 1.25,
      colour: P.clay,
      accent: P.cream,
      wall: [P.oat, P.sand],
      table: P.stone,
    },
    alt: 'A terracotta footed bowl with a pale glazed band on a stone table',
  },
  {
    title: 'Bud Vase Trio',
    slug: 'bud-vase-trio',
    collection: 'ceramics',
    description:
      '<p>Three small vases in sage, rust and celadon, sized for a single stem each. Glazed inside, so they hold water.</p>',
    seoDescription: 'Three small stoneware bud vases in sage, rust and celadon.',
    variants: [{ sku: 'KL-VASE-TRIO', weightGrams: 900, price: price(4200, 3900), stock: 0 }],
    art: {
      kind: 'vases',
      scale: 1.35,
      colour: P.sage,
      accent: P.terracotta,
      wall: [P.cream, P.linen],
      table: P.sand,
    },
    alt: 'Three small vases in sage and rust, each holding a single flower',
  },
  {
    title: 'Washed Linen Tea Towel',
    slug: 'washed-linen-tea-towel',
    collection: 'textiles',
    description:
      '<p>Stone-washed European linen that dries glasses without lint and gets softer with every wash. A woven stripe and a hanging loop.</p><ul><li>50 × 70 cm</li><li>100% linen</li></ul>',
    seoDescription: 'A 50 × 70 cm stone-washed linen tea towel with a woven stripe and a hanging loop.',
    options: [{ name: 'Colour', values: ['Natural', 'Clay stripe'] }],
    variants: [
      {
        sku: 'KL-TOWEL-NATURAL',
        optionValues: ['Natural'],
        weightGrams: 120,
        price: price(1800, 1700),
        stock: 40,
      },
      {
        sku: 'KL-TOWEL-CLAY',
        optionValues: ['Clay stripe'],
        weightGrams: 120,
        price: price(1800, 1700),
        stock: 3,
      },
    ],
    art: {
      kind: 'towel',
      scale: 1.7,
      colour: P.linen,
      accent: P.clay,
      wall: [P.sage, '#b7c2aa'],
      table: P.oat,
    },
    alt: 'Folded natural linen tea towels with a clay stripe against a sage wall',
  },
  {
    title: 'Waffle Cotton Throw',
    slug: 'waffle-cotton-throw',
    collection: 'textiles',
    description:
      '<p>A deep waffle weave in heavy organic cotton: light enough for summer evenings, warm enough for the sofa in winter.</p><ul><li>130 × 180 cm</li><li>Machine wash at 30 °C</li></ul>',
    seoDescription: 'A 130 × 180 cm organic cotton waffle throw in oat or rust.',
    options: [{ name: 'Colour', values: ['Oat', 'Rust'] }],
    variants: [
      {
        sku: 'KL-THROW-OAT',
        optionValues: ['Oat'],
        weightGrams: 1100,
        price: price(12000, 11000, [14500, 13500]),
        stock: 7,
      },
      {
        sku: 'KL-THROW-RUST',
        optionValues: ['Rust'],
        weightGrams: 1100,
        price: price(12000, 11000, [14500, 13500]),
        stock: 4,
      },
    ],
    art: {
      kind: 'throw',
      scale: 1.4,
      colour: P.oat,
      accent: P.rust,
      wall: [P.linen, P.sand],
      table: P.stone,
    },
    alt: 'A folded oat waffle-weave cotton throw on a stone bench',
  },
  {
    title: 'Striped Linen Table Runner',
    slug: 'striped-linen-table-runner',
    collection: 'textiles',
    description:
      '<p>Heavyweight linen with indigo stripes and knotted fringes. Runs the length of a table for six, or eight with the long one.</p>',
    seoDescription: 'A heavyweight linen table runner with indigo stripes and knotted fringes.',
    options: [{ name: 'Length', values: ['180 cm', '240 cm'] }],
    variants: [
      {
        sku: 'KL-RUNNER-180',
        optionValues: ['180 cm'],
        weightGrams: 300,
        price: price(4800, 4400),
        stock: 10,
      },
      {
        sku: 'KL-RUNNER-240',
        optionValues: ['240 cm'],
        weightGrams: 380,
        price: price(5800, 5400),
        stock: 5,
      },
    ],
    art: {
      kind: 'runner',
      scale: 1.15,
      colour: P.linen,
      accent: P.indigo,
      wall: [P.oat, P.sand],
      table: P.terracotta,
    },
    alt: 'A cream linen table runner with indigo stripes on a terracotta table',
  },
  {
    title: 'Hand-loomed Cushion Cover',
    slug: 'hand-loomed-cushion-cover',
    collection: 'textiles',
    description:
      '<p>Woven on a hand loom in a rust twill with a cream band, and finished with a hidden zip. Cover only.</p><ul><li>50 × 50 cm</li><li>Cotton and linen</li></ul>',
    seoDescription: 'A 50 × 50 cm hand-loomed cotton and linen cushion cover in rust twill.',
    variants: [{ sku: 'KL-CUSHION', weightGrams: 260, price: price(5400, 4900), stock: 14 }],
    art: {
      kind: 'cushion',
      scale: 1.3,
      colour: P.clay,
      accent: P.cream,
      wall: [P.linen, P.oat],
      table: P.sand,
    },
    alt: 'A rust twill cushion with a cream woven band',
  },
  {
    title: 'Wildflower Honey',
    slug: 'wildflower-honey',
    collection: 'pantry',
    description:
      '<p>Raw, unblended honey from hives on a meadow farm, gently strained and never heated. Floral, with a long caramel finish.</p>',
    seoDescription: 'Raw wildflower honey from a meadow farm, unheated and unblended.',
    options: [{ name: 'Size', values: ['250 g', '500 g'] }],
    variants: [
      { sku: 'KL-HONEY-250', optionValues: ['250 g'], weightGrams: 400, price: price(1400, 1300), stock: 30 },
      { sku: 'KL-HONEY-500', optionValues: ['500 g'], weightGrams: 700, price: price(2400, 2200), stock: 18 },
    ],
    art: { kind: 'jar', scale: 1.45, colour: P.honey, accent: P.moss, wall: [P.cream, P.oat], table: P.sand },
    alt: 'A jar of amber honey with a green lid and a wooden dipper',
  },
  {
    title: 'Smoked Sea Salt Flakes',
    slug: 'smoked-sea-salt-flakes',
    collection: 'pantry',
    description:
      '<p>Hand-harvested sea salt flakes, cold-smoked over oak for two days. Crumble over eggs, roast vegetables and chocolate.</p>',
    seoDescription: 'Hand-harvested sea salt flakes cold-smoked over oak.',
    variants: [{ sku: 'KL-SALT-SMOKED', weightGrams: 150, price: price(1200, 1100), stock: 50 }],
    art: {
      kind: 'salt',
      scale: 1.35,
      colour: P.stone,
      accent: P.indigo,
      wall: [P.linen, P.oat],
      table: P.sand,
    },
    alt: 'A grey stoneware bowl heaped with white salt flakes and a wooden spoon',
  },
  {
    title: 'Cold-pressed Olive Oil',
    slug: 'cold-pressed-olive-oil',
    collection: 'pantry',
    description:
      '<p>Early-harvest extra virgin olive oil from a single grove, pressed within hours of picking. Green, peppery and bright.</p><ul><li>500 ml</li><li>Harvested this season</li></ul>',
    seoDescription: 'A 500 ml bottle of early-harvest, single-grove extra virgin olive oil.',
    variants: [{ sku: 'KL-OLIVE-OIL', weightGrams: 900, price: price(2600, 2400, [3000, 2800]), stock: 22 }],
    art: {
      kind: 'bottle',
      scale: 1.1,
      colour: P.olive,
      accent: P.terracotta,
      wall: [P.cream, P.sand],
      table: P.oat,
    },
    alt: 'A green glass bottle of olive oil beside an olive branch',
  },
  {
    title: 'Loose-leaf Breakfast Tea',
    slug: 'loose-leaf-breakfast-tea',
    collection: 'pantry',
    description:
      '<p>A brisk blend of Assam and Ceylon leaves that stands up to milk. One tin makes about 50 pots.</p>',
    seoDescription: 'A brisk loose-leaf breakfast blend of Assam and Ceylon, about 50 pots a tin.',
    variants: [{ sku: 'KL-TEA-BREAKFAST', weightGrams: 180, price: price(1600, 1500), stock: 35 }],
    art: {
      kind: 'tin',
      scale: 1.3,
      colour: P.indigo,
      accent: P.ochre,
      wall: [P.oat, P.sand],
      table: P.stone,
    },
    alt: 'An indigo tea tin with an ochre lid beside a cup of tea',
  },
];

/** A product's photograph: its object centred on the table, a little below the middle. */
export function productScene(product: DemoProduct): Scene {
  const { wall, table, ...object } = product.art;
  const tall = object.kind === 'bottle' || object.kind === 'vases';
  return {
    width: 1200,
    height: 1200,
    wall,
    table,
    horizon: 0.62,
    seed: product.slug,
    objects: [
      {
        ...object,
        x: 600 + (object.kind === 'jar' || object.kind === 'tin' ? -60 : 0),
        y: tall ? 1010 : 960,
      },
    ],
  };
}

/** The other pictures the pages use (banner, image-with-text, collection tiles, about page). */
export const DEMO_SCENES: Record<string, { scene: Scene; alt: string }> = {
  banner: {
    alt: 'A mug, a footed bowl and three bud vases on a sunlit table',
    scene: {
      width: 1200,
      height: 800,
      wall: [P.oat, P.sand],
      table: P.clay,
      horizon: 0.66,
      seed: 'banner',
      objects: [
        { kind: 'vases', x: 1060, y: 690, scale: 0.45, colour: P.sage, accent: P.cream },
        { kind: 'bowl', x: 830, y: 700, scale: 0.5, colour: P.cream, accent: P.terracotta },
        { kind: 'mug', x: 975, y: 770, scale: 0.5, colour: P.oat, accent: P.ink },
      ],
    },
  },
  studio: {
    alt: 'Folded linen, a honey jar and a stack of plates in the studio',
    scene: {
      width: 1200,
      height: 900,
      wall: [P.sage, '#aab79b'],
      table: P.oat,
      horizon: 0.64,
      seed: 'studio',
      objects: [
        { kind: 'throw', x: 330, y: 790, scale: 0.8, colour: P.linen, accent: P.rust },
        { kind: 'plate', x: 820, y: 830, scale: 0.7, colour: P.white, accent: P.terracotta },
        { kind: 'jar', x: 860, y: 720, scale: 0.65, colour: P.honey, accent: P.moss },
      ],
    },
  },
  ceramics: {
    alt: 'A terracotta mug and a footed bowl',
    scene: tile('ceramics', P.cream, P.sand, [
      { kind: 'bowl', x: 390, y: 390, scale: 0.5, colour: P.clay, accent: P.cream },
      { kind: 'mug', x: 160, y: 400, scale: 0.55, colour: P.oat, accent: P.terracotta },
    ]),
  },
  textiles: {
    alt: 'A folded linen throw and a rust cushion',
    scene: tile('textiles', P.linen, P.oat, [
      { kind: 'cushion', x: 410, y: 380, scale: 0.5, colour: P.clay, accent: P.cream },
      { kind: 'towel', x: 190, y: 400, scale: 0.6, colour: P.linen, accent: P.indigo },
    ]),
  },
  pantry: {
    alt: 'A jar of honey and a bottle of olive oil',
    scene: tile('pantry', P.oat, P.sand, [
      { kind: 'bottle', x: 420, y: 400, scale: 0.42, colour: P.olive, accent: P.terracotta },
      { kind: 'jar', x: 200, y: 400, scale: 0.5, colour: P.honey, accent: P.moss },
    ]),
  },
};

/** A 600 × 450 collection tile. */
function tile(seed: string, wall: string, table: string, objects: SceneObject[]): Scene {
  return {
    width: 600,
    height: 450,
    wall: [wall, table],
    table: table === P.sand ? P.stone : P.sand,
    horizon: 0.6,
    seed,
    objects,
  };
}

/** What the demo content is written through: the services, and storage for the upload step. */
export type DemoStack = Pick<RunningModules, 'assets' | 'commerce' | 'cms'> & { storage: Storage };
type Stack = DemoStack;

/**
 * Uploads a picture as a visitor's editor would: an upload ticket, the bytes at its key, then
 * completeUpload, which checks them and queues the `image.optimize` job for the variants.
 */
async function uploadPicture(
  stack: Stack,
  ctx: RequestContext,
  filename: string,
  body: Buffer,
  alt: string,
): Promise<string> {
  const { assets } = stack.assets;
  const ticket = await assets.createUpload(ctx, { filename, contentType: 'image/jpeg', size: body.length });
  await stack.storage.put(ticket.uploadKey, body, 'image/jpeg');
  await assets.completeUpload(ctx, ticket.asset.id);
  await assets.updateAlt(ctx, ticket.asset.id, alt);
  return ticket.asset.id;
}

export interface SeededCatalog {
  /** Product ids by slug. */
  products: Record<string, string>;
  /** Collection ids by slug. */
  collections: Record<string, string>;
  /** Asset ids of the page pictures by DEMO_SCENES key. */
  pictures: Record<string, string>;
}

/**
 * Draws and uploads every picture, then creates
 * the collections and products with prices in USD (the demo's default region) and EUR, stock at
 * the default location (one product sold out, one variant of another), images linked.
 */
export async function seedDemoCatalog(stack: Stack, ctx: RequestContext): Promise<SeededCatalog> {
  // Drawing and the upload checks are sharp work off the event loop: every picture goes at once
  // (the database steps queue up behind each other).
  const picture = async (name: string, scene: Scene, alt: string) =>
    uploadPicture(stack, ctx, `${name}.jpg`, await sceneJpeg(scene), alt);
  const sceneEntries = Object.entries(DEMO_SCENES);
  const [sceneIds, productImageIds] = await Promise.all([
    Promise.all(sceneEntries.map(([key, s]) => picture(key, s.scene, s.alt))),
    Promise.all(DEMO_PRODUCTS.map((p) => picture(p.slug, productScene(p), p.alt))),
  ]);
  const pictures = Object.fromEntries(sceneEntries.map(([key], i) => [key, sceneIds[i]!]));

  const { catalog, inventory } = stack.commerce;
  const collections: Record<string, string> = {};
  for (const c of DEMO_COLLECTIONS) {
    collections[c.slug] = (await catalog.saveCollection(ctx, null, c)).id;
  }
  const location = await inventory.defaultLocation(ctx);
  const products: Record<string, string> = {};
  // One after the other, so the catalogue's creation order is the order above.
  for (const [i, p] of DEMO_PRODUCTS.entries()) {
    const product = await catalog.createProduct(ctx, {
      title: p.title,
      slug: p.slug,
      description: p.description,
      seo: { description: p.seoDescription },
      ...(p.options ? { options: p.options } : {}),
      imageAssetIds: [productImageIds[i]!],
      collectionIds: [collections[p.collection]!],
      variants: p.variants.map((v) => ({
        sku: v.sku,
        ...(v.optionValues ? { optionValues: v.optionValues } : {}),
        weightGrams: v.weightGrams,
        prices: [
          { currency: 'USD', amount: v.price.usd, compareAtAmount: v.price.compareAtUsd ?? null },
          { currency: 'EUR', amount: v.price.eur, compareAtAmount: v.price.compareAtEur ?? null },
        ],
      })),
    });
    const variants = await catalog.variantsOf(ctx, product.id);
    await Promise.all(
      variants.map((variant) =>
        inventory.setOnHand(ctx, {
          variantId: variant.id,
          locationId: location.id,
          onHand: p.variants.find((v) => v.sku === variant.sku)?.stock ?? 0,
        }),
      ),
    );
    products[p.slug] = product.id;
  }
  return { products, collections, pictures };
}

/** A colour token value (DTCG) from `#rrggbb`. */
function colour(hex: string) {
  const n = Number.parseInt(hex.slice(1), 16);
  const c = (v: number) => Number((v / 255).toFixed(4));
  return {
    $value: { colorSpace: 'srgb', components: [c((n >> 16) & 255), c((n >> 8) & 255), c(n & 255)], hex },
  };
}

/** The brand: terracotta and ink on warm cream, rounder corners. */
export async function seedDemoBrand(stack: Stack, ctx: RequestContext): Promise<void> {
  await stack.cms.tokens.setTenantTokens(
    ctx,
    {
      color: {
        $type: 'color',
        brand: { primary: colour('#9a4526'), secondary: colour(P.moss) },
        neutral: {
          '0': colour('#fffdf9'),
          '50': colour('#f6f0e7'),
          '100': colour('#efe6d8'),
          '200': colour('#e4d7c4'),
          '300': colour('#d3c2a9'),
          '500': colour('#6f6358'),
          '700': colour('#4a3f37'),
          '900': colour('#2b231e'),
        },
      },
      radius: {
        $type: 'dimension',
        md: { $value: { value: 0.5, unit: 'rem' } },
        lg: { $value: { value: 1, unit: 'rem' } },
      },
    },
    null,
  );
}

type Tree = {
  root: { props: Record<string, unknown> };
  content: { type: string; props: Record<string, unknown> }[];
};

const richText = (html: string) => ({ type: 'RichText', props: { html } });
const heading = (text: string, level = 1) => ({ type: 'Heading', props: { text, level } });

/** The published pages: home, about, contact, privacy. */
export function demoPages(seeded: SeededCatalog): {
  path: string;
  title: string;
  seoTitle?: string;
  seoDescription?: string;
  featuredProductIds?: string[];
  tree: Tree;
}[] {
  const featured = DEMO_PRODUCTS.filter((p) => p.collection === DEMO_STORE.featuredCollection).map(
    (p) => seeded.products[p.slug]!,
  );
  return [
    {
      path: '/',
      title: DEMO_STORE.homeTitle,
      seoDescription:
        'Wheel-thrown stoneware, washed linen and small-batch pantry goods from the Kiln & Loom studio. Made slowly, shipped carefully.',
      featuredProductIds: featured,
      tree: {
        root: { props: {} },
        content: [
          {
            type: 'ImageBanner',
            props: {
              assetId: seeded.pictures.banner,
              alt: DEMO_SCENES.banner!.alt,
              heading: 'Made slowly, for every day',
              text: 'Wheel-thrown stoneware, washed linen and pantry goods from small makers.',
              primary: { label: 'Shop ceramics', href: '/collections/ceramics' },
              secondary: { label: 'Our story', href: '/about' },
              height: 'large',
              align: 'start',
            },
          },
          {
            type: 'ProductGrid',
            props: { heading: 'New from the kiln', collection: DEMO_STORE.featuredCollection, limit: 4 },
          },
          {
            type: 'ImageWithText',
            props: {
              assetId: seeded.pictures.studio,
              alt: DEMO_SCENES.studio!.alt,
              eyebrow: 'From our studio',
              heading: 'Small batches, no shortcuts',
              text: 'Every mug and bowl is thrown, trimmed and glazed by the two of us in a converted dairy barn. We fire the kiln twice a month, so each batch is small and every piece is looked at before it leaves.\n\nThe linen and pantry goods come from makers we know by name.',
              link: { label: 'Read our story', href: '/about' },
              imagePosition: 'start',
              background: '{color.surface.default}',
            },
          },
          {
            type: 'MultiColumn',
            props: {
              heading: 'Shop by collection',
              intro: 'Three shelves, chosen with the same care.',
              columns: DEMO_COLLECTIONS.map((c) => ({
                assetId: seeded.pictures[c.slug],
                alt: DEMO_SCENES[c.slug]!.alt,
                heading: c.title,
                text: c.description,
                link: { label: `Browse ${c.title.toLowerCase()}`, href: `/collections/${c.slug}` },
              })),
              background: '{color.background.default}',
            },
          },
          {
            type: 'MultiColumn',
            props: {
              heading: 'Why shop with us',
              columns: [
                {
                  heading: 'Free shipping over $75',
                  text: 'Orders ship within two working days, wrapped in recycled paper.',
                },
                {
                  heading: '30-day returns',
                  text: 'Not right? Send it back unused within 30 days for a full refund.',
                },
                {
                  heading: 'Made to last',
                  text: 'Stoneware fired to 1,280 °C and linen that softens with every wash.',
                },
              ],
              background: '{color.surface.default}',
            },
          },
        ],
      },
    },
    {
      path: '/about',
      title: 'Our story',
      seoTitle: 'Our story | Kiln & Loom',
      tree: {
        root: { props: {} },
        content: [
          heading('Our story'),
          {
            type: 'ImageWithText',
            props: {
              assetId: seeded.pictures.studio,
              alt: DEMO_SCENES.studio!.alt,
              eyebrow: 'About Kiln & Loom',
              heading: 'Two makers, one barn, a lot of clay',
              text: 'Kiln & Loom began in 2019 with a second-hand wheel and a kiln that took three people to carry. Ana throws and glazes the ceramics; Tom sources the linen and pantry goods and packs every order.\n\nWe make things we want to use every day: a mug that keeps tea warm, a bowl big enough for Sunday lunch, a towel that actually dries.',
              imagePosition: 'end',
              background: '{color.surface.default}',
            },
          },
          richText(
            '<h2>How we work</h2><p>We fire in small batches, so some pieces sell out between firings. When they do, we say so on the product page rather than taking orders we cannot fill.</p><p>Our clay comes from a family pit 40 miles away, our glazes are mixed in the studio, and we reuse every box that reaches us.</p><h2>The makers we work with</h2><ul><li><strong>Linen:</strong> a family mill that has woven since 1921</li><li><strong>Honey:</strong> a meadow farm two valleys over</li><li><strong>Olive oil:</strong> a single grove, pressed the day it is picked</li></ul>',
          ),
        ],
      },
    },
    {
      path: '/contact',
      title: 'Contact us',
      seoTitle: 'Contact | Kiln & Loom',
      seoDescription: 'How to reach Kiln & Loom: email, phone, studio opening hours and address.',
      tree: {
        root: { props: {} },
        content: [
          heading('Contact us'),
          richText(
            '<p>Questions about an order, a wholesale enquiry, or a piece you would like made to order: we answer every message within one working day.</p>',
          ),
          {
            type: 'MultiColumn',
            props: {
              columns: [
                {
                  heading: 'Email',
                  text: 'hello@kilnandloom.example\n\nFor orders, please include your order number.',
                },
                { heading: 'Phone', text: '+1 (555) 014-2290\n\nTuesday to Friday, 10:00 to 16:00.' },
                {
                  heading: 'Studio shop',
                  text: 'The Old Dairy, 4 Mill Lane, Hollowell\n\nOpen Saturdays 10:00 to 15:00, or by appointment.',
                },
              ],
              background: '{color.surface.default}',
            },
          },
        ],
      },
    },
    {
      path: '/privacy',
      title: 'Privacy policy',
      seoTitle: 'Privacy policy | Kiln & Loom',
      tree: {
        root: { props: {} },
        content: [
          heading('Privacy policy'),
          richText(
            '<p>This policy explains what personal data Kiln &amp; Loom collects when you visit this shop or buy from it, and what we do with it.</p><h2>What we collect</h2><ul><li><strong>Orders:</strong> your name, email address, shipping address and what you bought, to deliver your order and answer questions about it.</li><li><strong>Payments:</strong> handled by our payment provider; we never see or store your card number.</li><li><strong>Visits:</strong> anonymous page views counted without cookies. With your consent only, a session-replay tool helps us find what is hard to use.</li></ul><h2>How long we keep it</h2><p>Order records are kept for seven years, as tax law requires. Everything else is deleted after 13 months.</p><h2>Your rights</h2><p>You may ask for a copy of your data, its correction or its deletion at any time: write to hello@kilnandloom.example and we answer within 30 days.</p><p><em>Last updated: 1 December 2026.</em></p>',
          ),
        ],
      },
    },
  ];
}

/** Saves and publishes the demo pages. */
export async function seedDemoPages(stack: Stack, ctx: RequestContext, seeded: SeededCatalog): Promise<void> {
  for (const page of demoPages(seeded)) {
    const saved = await stack.cms.pages.savePage(ctx, page);
    await stack.cms.pages.publishPage(ctx, saved.id, saved.version);
  }
}
