import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { RequestContext } from '../../../core/context.js';
import { type SubgraphDb, withTenant } from '../../../core/db.js';
import { badInput, notFound } from '../../../core/errors.js';
import { parseInput } from '../../../core/input.js';
import { type PageTree, SiteSchema } from '../entities/cms.js';
import { resolveTokens } from '../tokens/resolve.js';
import { globalTokenDocument } from '../tokens/schema.js';
import type { PageService, PageView } from './page-service.js';
import { servedSite } from './site-domains.js';
import type { DesignTokensView, TokenService } from './token-service.js';
import { validateTree } from './tree.js';

/** Where the template files live: `templates/samples/<id>.json|.yaml|.yml` (copied into dist/ on build). */
export const TEMPLATES_DIR = new URL('../../../templates/samples/', import.meta.url);

/** A page template: a component tree with placeholders plus its own default design tokens. */
export interface Template {
  id: string;
  name: string;
  description: string;
  /** The template's default token layer (W3C DTCG), between the global defaults and the tenant's override. */
  tokens: Record<string, unknown>;
  data: PageTree;
}

export interface TemplateView {
  id: string;
  name: string;
  description: string;
}

/** Values placeholders may name; anything else in `{{...}}` makes the template invalid. */
export interface PlaceholderValues {
  'site.name': string;
  'page.title': string;
  'page.path': string;
}
const PLACEHOLDER = /\{\{\s*([a-z]+\.[a-z]+)\s*\}\}/g;
const KNOWN_PLACEHOLDERS = new Set<string>(['site.name', 'page.title', 'page.path']);
const SAMPLE_VALUES: PlaceholderValues = { 'site.name': 'Site', 'page.title': 'Page', 'page.path': '/' };

const templateId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Template ids use lowercase letters, digits and -');
const templateFile = z.object({
  name: z.string().min(1).max(120),
  description: z.string().max(500).default(''),
  tokens: z.record(z.string(), z.unknown()).default({}),
  data: z.unknown(),
});

/** Replaces `{{site.name}}` and friends in every string of a JSON value (keys are left alone). */
export function fillPlaceholders(value: unknown, values: PlaceholderValues): unknown {
  if (typeof value === 'string') {
    return value.replace(PLACEHOLDER, (match, key: string) =>
      KNOWN_PLACEHOLDERS.has(key) ? values[key as keyof PlaceholderValues] : match,
    );
  }
  if (Array.isArray(value)) return value.map((v) => fillPlaceholders(v, values));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillPlaceholders(v, values)]));
  }
  return value;
}

/** Every `{{x}}` placeholder and `{a.b}` token reference used in the string values of a tree. */
function referencesOf(value: unknown, out = { placeholders: new Set<string>(), tokens: new Set<string>() }) {
  if (typeof value === 'string') {
    for (const m of value.matchAll(PLACEHOLDER)) out.placeholders.add(m[1]!);
    const token = /^\{([a-z0-9_-]+(?:\.[a-z0-9_-]+)*)\}$/.exec(value);
    if (token) out.tokens.add(token[1]!);
  } else if (Array.isArray(value)) {
    for (const v of value) referencesOf(v, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) referencesOf(v, out);
  }
  return out;
}

/**
 * Parses and validates one template file: its metadata, its tree (with sample placeholder values,
 * through the same `validateTree` as saved pages), its placeholders, and its token layer, which
 * must resolve over the global defaults and define every token the tree references.
 */
export function parseTemplate(id: string, source: string, format: 'json' | 'yaml'): Template {
  const where = `template ${id}`;
  const raw: unknown = format === 'json' ? JSON.parse(source) : parseYaml(source);
  const file = templateFile.safeParse(raw);
  if (!file.success) {
    const issue = file.error.issues[0]!;
    throw badInput(`${where}: ${issue.path.join('.')}: ${issue.message}`, 'template');
  }
  const refs = referencesOf(file.data.data);
  const unknown = [...refs.placeholders].filter((p) => !KNOWN_PLACEHOLDERS.has(p));
  if (unknown.length) throw badInput(`${where}: unknown placeholder {{${unknown[0]}}}`, 'template');
  try {
    validateTree(fillPlaceholders(file.data.data, SAMPLE_VALUES));
  } catch (err) {
    if (err instanceof Error) err.message = `${where}: ${err.message}`;
    throw err;
  }
  const resolved = resolveTokens([
    { name: 'global', document: globalTokenDocument },
    { name: 'template', document: file.data.tokens },
  ]);
  if (resolved.errors.length) throw badInput(`${where}: tokens: ${resolved.errors[0]!.message}`, 'template');
  const missing = [...refs.tokens].filter((path) => !resolved.tokens.has(path));
  if (missing.length) throw badInput(`${where}: token {${missing[0]}} is not defined`, 'template');
  return {
    id,
    name: file.data.name,
    description: file.data.description,
    tokens: file.data.tokens,
    data: file.data.data as PageTree,
  };
}

/** Loads every template file of a directory, sorted by id. An invalid file fails the load. */
export function loadTemplates(dir: URL = TEMPLATES_DIR): Map<string, Template> {
  const templates = new Map<string, Template>();
  for (const file of readdirSync(dir).sort()) {
    const match = /^([a-z0-9][a-z0-9-]*)\.(json|ya?ml)$/.exec(file);
    if (!match) continue;
    const [, id, ext] = match;
    templates.set(
      id!,
      parseTemplate(id!, readFileSync(new URL(file, dir), 'utf8'), ext === 'json' ? 'json' : 'yaml'),
    );
  }
  return templates;
}

let shared: Map<string, Template> | undefined;

/** The templates shipped in `templates/samples`, loaded once. */
export function sampleTemplates(): Map<string, Template> {
  shared ??= loadTemplates();
  return shared;
}

/** The default token layer of a page's template, for the renderer; undefined without a (known) template. */
export function templateTokensOf(id: string | null | undefined): Record<string, unknown> | undefined {
  return id ? sampleTemplates().get(id)?.tokens : undefined;
}

const createInput = z.object({
  templateId,
  siteId: z.string().uuid().nullish(),
  path: z.string(),
  title: z.string().trim().min(1, 'Title must not be empty').max(300),
});

/** Page templates: listing, previews of their tokens, and creating pages from them. */
export class TemplateService {
  constructor(
    private readonly db: SubgraphDb,
    private readonly pages: Pick<PageService, 'savePage'>,
    private readonly tokens: Pick<TokenService, 'designTokens'>,
    private readonly templates: Map<string, Template> = sampleTemplates(),
  ) {}

  list(): TemplateView[] {
    return [...this.templates.values()].map(({ id, name, description }) => ({ id, name, description }));
  }

  /** The template's defaults resolved for the request's tenant (global < template < tenant < region). */
  previewTokens(ctx: RequestContext, id: string): Promise<DesignTokensView> {
    const template = this.templates.get(id);
    if (!template) throw notFound('Template');
    return this.tokens.designTokens(ctx, null, { templateTokens: template.tokens });
  }

  /**
   * Creates a draft page from a template: the tree is copied with `{{site.name}}`, `{{page.title}}`
   * and `{{page.path}}` filled in, validated like any saved tree, and the page remembers the
   * template so its default tokens stay in the page's token chain.
   */
  async createPageFromTemplate(ctx: RequestContext, input: unknown): Promise<PageView> {
    const data = parseInput(createInput, input);
    const template = this.templates.get(data.templateId);
    if (!template) throw badInput(`templateId: no template "${data.templateId}"`, 'templateId');
    const site = await withTenant(this.db, ctx, (em) =>
      data.siteId ? em.findOne(SiteSchema, { id: data.siteId }) : servedSite(em, ctx),
    );
    if (!site) throw data.siteId ? notFound('Site') : badInput('Create a site first', 'siteId');
    const tree = fillPlaceholders(template.data, {
      'site.name': site.name,
      'page.title': data.title,
      'page.path': data.path,
    });
    return this.pages.savePage(
      ctx,
      { siteId: site.id, path: data.path, title: data.title, tree },
      { templateId: template.id },
    );
  }
}
