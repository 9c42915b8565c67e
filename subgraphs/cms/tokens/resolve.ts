import { CSS_SEGMENT, cssDeclarations } from '../../../templates/token-css.js';
import { fontFacesOf, fontFacesProblem, type ResolvedFontFace, resolvedFontFaces } from './fonts.js';
import { type ErrorObject, validateDocument, valueValidator } from './schema.js';

/**
 * Design token resolution (W3C DTCG format), pure: layers are validated against
 * config/design-tokens.schema.json, merged in precedence order, aliases are resolved once, and
 * every resolved value is type-checked against its (possibly inherited) `$type`.
 */

export const LAYER_NAMES = ['global', 'template', 'tenant', 'region'] as const;
/** Precedence, lowest first: global default < template default < tenant override < tenant region override. */
export type LayerName = (typeof LAYER_NAMES)[number];

export interface TokenLayer {
  name: LayerName;
  document: unknown;
}

export const TOKEN_TYPES = [
  'color',
  'dimension',
  'fontFamily',
  'fontWeight',
  'duration',
  'cubicBezier',
  'number',
  'strokeStyle',
  'border',
  'transition',
  'shadow',
  'gradient',
  'typography',
] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];

export interface ResolvedToken {
  type: TokenType;
  /** The DTCG `$value` with every alias replaced by the referenced value. */
  value: unknown;
  description?: string;
  /** Self-hosted faces (`$extensions["com.webhaze.fontFaces"]`) of a fontFamily token. */
  fontFaces?: ResolvedFontFace[];
}

export type TokenErrorKind =
  | 'schema'
  | 'too-deep'
  | 'name'
  | 'structure'
  | 'type-change'
  | 'unknown-reference'
  | 'cycle'
  | 'broken-reference'
  | 'no-type'
  | 'type-mismatch'
  | 'font-faces'
  | 'css-collision';

export interface TokenError {
  kind: TokenErrorKind;
  /** Dot path of the token or group, e.g. `color.brand.primary` (empty for the document itself). */
  path: string;
  /** The layer that introduced the bad value. */
  layer: LayerName;
  /** A sentence a person can act on; starts with the path. */
  message: string;
}

export interface ResolvedTokens {
  /** Every token that resolved, sorted by path. */
  tokens: Map<string, ResolvedToken>;
  /** `:root { --wh-…: …; }` for the resolved tokens, sorted, deterministic. */
  css: string;
  errors: TokenError[];
}

/** Thrown by `resolveTokensOrThrow`: every problem, not only the first. */
export class TokenResolutionError extends Error {
  constructor(readonly errors: TokenError[]) {
    super(
      `Design tokens do not resolve (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n${errors
        .map((e) => `- [${e.layer}] ${e.message}`)
        .join('\n')}`,
    );
    this.name = 'TokenResolutionError';
  }
}

/** Deeper documents are refused before schema validation (keeps every walk shallow). */
export const MAX_DOCUMENT_DEPTH = 24;

const ALIAS = /^\{([^{}]+)\}$/;

interface TokenNode {
  kind: 'token';
  value: unknown;
  valueLayer: LayerName;
  type?: TokenType;
  description?: string;
  /** Declared faces (unchecked); they travel with the `$value` of the same layer. */
  fontFaces?: unknown;
}
interface GroupNode {
  kind: 'group';
  type?: TokenType;
  typeLayer?: LayerName;
  children: Map<string, TokenNode | GroupNode>;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function depthOf(value: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    max = Math.max(max, d);
    if (d > MAX_DOCUMENT_DEPTH) return d;
    for (const child of Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

const decodePointer = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

/** Schema errors → one error per token or group, the most specific problem of each. */
function schemaErrors(errors: ErrorObject[], layer: LayerName): TokenError[] {
  const best = new Map<string, { error: ErrorObject; detail: string; depth: number }>();
  for (const error of errors) {
    const segments = error.instancePath.split('/').slice(1).map(decodePointer);
    const cut = segments.findIndex((s) => s.startsWith('$'));
    const pathSegments = cut === -1 ? segments : segments.slice(0, cut);
    const inner = cut === -1 ? [] : segments.slice(cut);
    let path = pathSegments.join('.');
    let detail: string;
    const badName = error.propertyName ?? error.params.propertyName;
    if (badName !== undefined) {
      const name = String(badName);
      path = [...pathSegments, name].join('.');
      detail = `"${name}" is not a valid name (names may not start with $ or contain { } .)`;
    } else if (error.keyword === 'enum') {
      const allowed = (error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      detail = `${inner.join('.') || 'value'} must be one of ${allowed}`;
    } else if (error.keyword === 'additionalProperties') {
      detail = `${inner.join('.') || 'token'} has an unknown property "${String(error.params.additionalProperty)}"`;
    } else {
      detail = `${inner.join('.') || 'value'} ${error.message ?? 'is invalid'}`;
    }
    // The deepest error of a token says the most; wrappers (anyOf/if) only say "something below failed".
    const wrapper = ['anyOf', 'oneOf', 'if', 'propertyNames'].includes(error.keyword);
    const depth = segments.length * 2 + (wrapper ? 0 : 1);
    const seen = best.get(path);
    if (!seen || depth > seen.depth) best.set(path, { error, detail, depth });
  }
  // A group whose only complaint is a wrapper ("must match else schema") is just an ancestor of the real problem.
  const isAncestor = (path: string) =>
    [...best.keys()].some((other) => other !== path && (path === '' || other.startsWith(`${path}.`)));
  for (const [path, { error }] of best) {
    if (['anyOf', 'oneOf', 'if', 'propertyNames'].includes(error.keyword) && isAncestor(path))
      best.delete(path);
  }
  return [...best.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, { detail }]) => ({
      kind: 'schema' as const,
      path,
      layer,
      message: `${path || '(document)'}: ${detail}`,
    }));
}

/** Validates one layer's document: depth, then the JSON Schema. */
export function validateLayer(layer: TokenLayer): TokenError[] {
  if (depthOf(layer.document) > MAX_DOCUMENT_DEPTH) {
    return [
      {
        kind: 'too-deep',
        path: '',
        layer: layer.name,
        message: `(document): nested deeper than ${MAX_DOCUMENT_DEPTH} levels`,
      },
    ];
  }
  if (validateDocument(layer.document)) return [];
  return schemaErrors(validateDocument.errors ?? [], layer.name);
}

function mergeGroup(
  target: GroupNode,
  source: Json,
  prefix: string,
  layer: LayerName,
  errors: TokenError[],
  inherited?: TokenType,
) {
  const groupType = source.$type as TokenType | undefined;
  if (groupType) {
    if (target.type && target.type !== groupType) {
      errors.push({
        kind: 'type-change',
        path: prefix,
        layer,
        message: `${prefix || '(document)'}: a ${layer} layer may not change the group's $type from ${target.type} to ${groupType}`,
      });
    } else {
      target.type = groupType;
      target.typeLayer ??= layer;
    }
  }
  for (const key of Object.keys(source)) {
    if (key.startsWith('$')) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (!CSS_SEGMENT.test(key)) {
      errors.push({
        kind: 'name',
        path,
        layer,
        message: `${path}: "${key}" may only use lowercase letters, digits, - and _ (it names a CSS custom property)`,
      });
      continue;
    }
    const child = source[key] as Json;
    const existing = target.children.get(key);
    if (Object.hasOwn(child, '$value')) {
      if (existing?.kind === 'group') {
        errors.push({
          kind: 'structure',
          path,
          layer,
          message: `${path}: is a group below; it cannot become a token`,
        });
        continue;
      }
      const type = child.$type as TokenType | undefined;
      const existingType = existing ? (existing.type ?? target.type ?? inherited) : undefined;
      if (existingType && type && type !== existingType) {
        errors.push({
          kind: 'type-change',
          path,
          layer,
          message: `${path}: a ${layer} layer may not change the token's $type from ${existingType} to ${type}`,
        });
        continue;
      }
      const token: TokenNode = existing ?? { kind: 'token', value: undefined, valueLayer: layer };
      token.value = child.$value;
      token.valueLayer = layer;
      token.fontFaces = fontFacesOf(child);
      if (type) token.type = type;
      if (typeof child.$description === 'string') token.description = child.$description;
      target.children.set(key, token);
    } else {
      if (existing?.kind === 'token') {
        errors.push({
          kind: 'structure',
          path,
          layer,
          message: `${path}: is a token below; an override needs a $value and cannot turn it into a group`,
        });
        continue;
      }
      const group: GroupNode = existing ?? { kind: 'group', children: new Map() };
      target.children.set(key, group);
      mergeGroup(group, child, path, layer, errors, target.type ?? inherited);
    }
  }
}

interface FlatToken {
  path: string;
  node: TokenNode;
  /** Own `$type`, else the nearest group's. */
  declaredType?: TokenType;
}

function flatten(
  group: GroupNode,
  prefix: string,
  inherited: TokenType | undefined,
  out: Map<string, FlatToken>,
) {
  const groupType = group.type ?? inherited;
  for (const [key, child] of group.children) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (child.kind === 'group') flatten(child, path, groupType, out);
    else out.set(path, { path, node: child, declaredType: child.type ?? groupType });
  }
}

function collectReferences(value: unknown, out: Set<string>): void {
  if (typeof value === 'string') {
    const match = ALIAS.exec(value);
    if (match) out.add(match[1]!);
  } else if (Array.isArray(value)) {
    for (const v of value) collectReferences(v, out);
  } else if (isObject(value)) {
    for (const v of Object.values(value)) collectReferences(v, out);
  }
}

function substitute(value: unknown, resolved: (path: string) => unknown): unknown {
  if (typeof value === 'string') {
    const match = ALIAS.exec(value);
    return match ? resolved(match[1]!) : value;
  }
  if (Array.isArray(value)) return value.map((v) => substitute(v, resolved));
  if (isObject(value)) {
    const out: Json = {};
    for (const [k, v] of Object.entries(value)) out[k] = substitute(v, resolved);
    return out;
  }
  return value;
}

/** Members of every alias cycle (Tarjan's strongly connected components, self-loops included). */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    indexOf.set(v, index);
    low.set(v, index);
    index += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!indexOf.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, indexOf.get(w)!));
      }
    }
    if (low.get(v) === indexOf.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!indexOf.has(v)) visit(v);
  return found;
}

/** The cycle through `start` within its component, as `{a} → {b} → {a}`. */
function describeCycle(start: string, members: Set<string>, graph: Map<string, string[]>): string {
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const v = queue.shift()!;
    for (const w of graph.get(v) ?? []) {
      if (!members.has(w)) continue;
      if (w === start) {
        const chain = [start];
        for (let at = v; at !== start; at = previous.get(at)!) chain.unshift(at);
        chain.unshift(start);
        return chain.map((p) => `{${p}}`).join(' → ');
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return `{${start}}`;
}

const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

function typeMismatchDetail(errors: ErrorObject[] | null | undefined): string {
  const deepest = [...(errors ?? [])].sort((a, b) => b.instancePath.length - a.instancePath.length)[0];
  if (!deepest) return '';
  const where = deepest.instancePath.split('/').slice(1).map(decodePointer).join('.');
  const allowed =
    deepest.keyword === 'enum'
      ? ` (${(deepest.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')})`
      : '';
  return `: ${where ? `${where} ` : ''}${deepest.message ?? 'is invalid'}${allowed}`;
}

/**
 * Merges the layers (global < template < tenant < region; groups deep-merged, a later layer may
 * override only a token's `$value` and inherit its `$type`), resolves aliases once, type-checks
 * each resolved value and renders CSS custom properties. Never throws on bad input: problems are
 * returned in `errors`, each naming the token path and the layer that introduced it; tokens that
 * did not resolve are left out of `tokens` and `css`.
 */
export function resolveTokens(layers: readonly TokenLayer[]): ResolvedTokens {
  const errors: TokenError[] = [];
  const root: GroupNode = { kind: 'group', children: new Map() };
  const ordered = [...layers].sort((a, b) => LAYER_NAMES.indexOf(a.name) - LAYER_NAMES.indexOf(b.name));
  for (const layer of ordered) {
    const problems = validateLayer(layer);
    if (problems.length) {
      errors.push(...problems);
      continue;
    }
    mergeGroup(root, layer.document as Json, '', layer.name, errors);
  }

  const flat = new Map<string, FlatToken>();
  flatten(root, '', undefined, flat);
  const isGroup = (path: string) => {
    let node: TokenNode | GroupNode | undefined = root;
    for (const key of path.split('.')) node = node?.kind === 'group' ? node.children.get(key) : undefined;
    return node?.kind === 'group';
  };

  // Alias graph, unknown references, cycles.
  const graph = new Map<string, string[]>();
  const failed = new Set<string>();
  const fail = (token: FlatToken, kind: TokenErrorKind, message: string) => {
    failed.add(token.path);
    errors.push({
      kind,
      path: token.path,
      layer: token.node.valueLayer,
      message: `${token.path}: ${message}`,
    });
  };
  for (const token of flat.values()) {
    const refs = new Set<string>();
    collectReferences(token.node.value, refs);
    graph.set(token.path, [...refs].sort());
  }
  for (const token of flat.values()) {
    for (const ref of graph.get(token.path)!) {
      if (flat.has(ref)) continue;
      fail(
        token,
        'unknown-reference',
        isGroup(ref) ? `{${ref}} is a group, not a token` : `{${ref}} does not exist`,
      );
    }
  }
  for (const component of cycles(graph)) {
    const members = new Set(component);
    // The cycle closed in the highest layer among its members: that layer introduced it.
    const layer = component
      .map((path) => flat.get(path)!.node.valueLayer)
      .reduce((a, b) => (LAYER_NAMES.indexOf(b) > LAYER_NAMES.indexOf(a) ? b : a));
    for (const path of component) {
      failed.add(path);
      errors.push({
        kind: 'cycle',
        path,
        layer,
        message: `${path}: alias cycle ${describeCycle(path, members, graph)}`,
      });
    }
  }

  // Resolve in dependency order (the graph is acyclic once cycle members have failed).
  const resolved = new Map<string, { type: TokenType | undefined; value: unknown }>();
  const resolve = (path: string): boolean => {
    if (resolved.has(path)) return true;
    if (failed.has(path)) return false;
    const token = flat.get(path)!;
    const refs = graph.get(path)!;
    const broken = refs.filter((ref) => !resolve(ref));
    if (broken.length) {
      fail(
        token,
        'broken-reference',
        `refers to ${broken.map((r) => `{${r}}`).join(', ')}, which does not resolve`,
      );
      return false;
    }
    const value = substitute(token.node.value, (ref) => resolved.get(ref)!.value);
    const alias = typeof token.node.value === 'string' ? ALIAS.exec(token.node.value)?.[1] : undefined;
    const type = token.declaredType ?? (alias ? resolved.get(alias)!.type : undefined);
    resolved.set(path, { type, value });
    return true;
  };

  const tokens = new Map<string, ResolvedToken>();
  const declarations: [name: string, value: string][] = [];
  const cssOwner = new Map<string, string>();
  for (const path of [...flat.keys()].sort()) {
    if (!resolve(path)) continue;
    const token = flat.get(path)!;
    const { type, value } = resolved.get(path)!;
    if (!type) {
      fail(
        token,
        'no-type',
        'has no $type, inherits none from its groups and is not an alias of a typed token',
      );
      continue;
    }
    const validate = valueValidator(type);
    if (!validate(value)) {
      const alias = typeof token.node.value === 'string' ? ALIAS.exec(token.node.value)?.[1] : undefined;
      fail(
        token,
        'type-mismatch',
        `expected a ${type} value${typeMismatchDetail(validate.errors)}${alias ? ` (resolved from {${alias}})` : ''}`,
      );
      continue;
    }
    const faces = token.node.fontFaces;
    const facesProblem = faces === undefined ? null : fontFacesProblem(type, value, faces);
    if (facesProblem) {
      fail(token, 'font-faces', facesProblem);
      continue;
    }
    const own = cssDeclarations(path, type, value);
    const clash = own.find(([name]) => cssOwner.has(name));
    if (clash) {
      fail(token, 'css-collision', `its CSS name ${clash[0]} is already used by ${cssOwner.get(clash[0])}`);
      continue;
    }
    for (const [name] of own) cssOwner.set(name, path);
    declarations.push(...own);
    tokens.set(path, {
      type,
      value,
      ...(token.node.description !== undefined ? { description: token.node.description } : {}),
      ...(faces !== undefined ? { fontFaces: resolvedFontFaces(path, value, faces) } : {}),
    });
  }

  const css = `:root {\n${declarations.map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}\n`;
  errors.sort((a, b) => byPath(a, b) || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
  return { tokens, css, errors };
}

/** `resolveTokens`, throwing a TokenResolutionError listing every problem instead of returning errors. */
export function resolveTokensOrThrow(layers: readonly TokenLayer[]): Omit<ResolvedTokens, 'errors'> {
  const result = resolveTokens(layers);
  if (result.errors.length) throw new TokenResolutionError(result.errors);
  return { tokens: result.tokens, css: result.css };
}
