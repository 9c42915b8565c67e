import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Site as SiteModel } from '../entities.js';
import type { PageView as PageViewModel } from '../services/page-service.js';
import type { TokenOverrideView as TokenOverrideViewModel } from '../services/token-service.js';
import type { SubgraphContext } from '../../../core/subgraph.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Arbitrary JSON: page component trees (`{ root, content: [{ type, props }] }`). */
  JSON: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Fields of a new site. */
export type CreateSiteInput = {
  /** Display name. */
  name: Scalars['String']['input'];
};

/** One design token after merging every layer and resolving aliases. */
export type DesignToken = {
  __typename?: 'DesignToken';
  /** The CSS custom property that carries it, e.g. `--wh-color-brand-primary` (typography tokens add `-font-size` and friends). */
  cssVariable: Scalars['String']['output'];
  /** The token's description, when it has one. */
  description?: Maybe<Scalars['String']['output']>;
  /** Dot path of the token, e.g. `color.brand.primary`. */
  path: Scalars['String']['output'];
  /** The W3C DTCG type: color, dimension, fontFamily, fontWeight, duration, cubicBezier, number, strokeStyle, border, transition, shadow, gradient or typography. */
  type: Scalars['String']['output'];
  /** The resolved value in DTCG JSON form (e.g. `{ colorSpace, components }`), every alias replaced. */
  value: Scalars['JSON']['output'];
};

/** The resolved design tokens of the request's tenant: global defaults < template defaults < tenant override < region override. */
export type DesignTokens = {
  __typename?: 'DesignTokens';
  /** A `:root { ... }` stylesheet with one custom property per token (several for typography), sorted by path. */
  css: Scalars['String']['output'];
  /** Every resolved token, sorted by path. */
  tokens: Array<DesignToken>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Creates a site. */
  createSite: Site;
  /** Publishes the current draft; the sitemap is regenerated in the background. */
  publishPage: Page;
  /** Saves a draft (creating the page when `id` is omitted). */
  savePage: Page;
  /**
   * Replaces one region's design token override. Validated like `setTenantTokens`, merged over the
   * tenant override.
   */
  setRegionTokens: TokenOverride;
  /**
   * Replaces the tenant-wide design token override (a W3C DTCG document). Refused with BAD_USER_INPUT,
   * naming the token path, when it does not match the token schema or does not resolve over the global
   * defaults and under each region override. `expectedVersion`: the version you edited (0 when none is
   * stored yet); a different stored version is a CONFLICT. Omit it to skip the check.
   */
  setTenantTokens: TokenOverride;
};


export type MutationCreateSiteArgs = {
  input: CreateSiteInput;
};


export type MutationPublishPageArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationSavePageArgs = {
  input: SavePageInput;
};


export type MutationSetRegionTokensArgs = {
  document: Scalars['JSON']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  region: Scalars['String']['input'];
};


export type MutationSetTenantTokensArgs = {
  document: Scalars['JSON']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of a site: a component tree with a draft and a published version. */
export type Page = {
  __typename?: 'Page';
  /** Products featured on the page, resolved by the commerce subgraph. */
  featuredProducts: Array<Product>;
  /** The page rendered to a complete HTML document. */
  html: Scalars['String']['output'];
  /** Stable identifier of the page. */
  id: Scalars['ID']['output'];
  /** URL path, starting with `/`. */
  path: Scalars['String']['output'];
  /** When the page was last published (ISO 8601). */
  publishedAt?: Maybe<Scalars['String']['output']>;
  /** The site the page belongs to. */
  site: Site;
  /** Whether the page is live. */
  status: PageStatus;
  /** Title used in the document head and navigation. */
  title: Scalars['String']['output'];
  /** Component tree: the published tree for visitors, the draft for editors reading drafts. */
  tree: Scalars['JSON']['output'];
  /** When the draft was last saved (ISO 8601). */
  updatedAt: Scalars['String']['output'];
  /** Incremented on every save; pass it back as `expectedVersion` to avoid overwriting newer work. */
  version: Scalars['Int']['output'];
};

/** A list of pages. */
export type PageConnection = {
  __typename?: 'PageConnection';
  /** The pages in this slice. */
  edges: Array<PageEdge>;
  /** Whether there is more. */
  pageInfo: PageInfo;
};

/** One page in a list. */
export type PageEdge = {
  __typename?: 'PageEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The page. */
  node: Page;
};

/** Cursor pagination details, shared by every connection in the graph. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow the last edge. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Whether a page's latest content is live. */
export type PageStatus =
  /** Never published; only editors see it. */
  | 'DRAFT'
  /** Live; visitors see the published version. */
  | 'PUBLISHED';

/** A product owned by the commerce subgraph, referenced by id. */
export type Product = {
  __typename?: 'Product';
  /** Stable identifier of the product. */
  id: Scalars['ID']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The resolved design tokens for the request's tenant and a region (default: the request's region). */
  designTokens: DesignTokens;
  /** A page with its draft tree, for editors. */
  draftPage?: Maybe<Page>;
  /** A published page of the request's tenant by path (visitors and headless frontends). Null when absent. */
  page?: Maybe<Page>;
  /** The tenant's sites. */
  sites: SiteConnection;
  /** The tenant's stored design token overrides: the tenant-wide one first, then regions. */
  tenantTokenOverrides: Array<TokenOverride>;
};


export type QueryDesignTokensArgs = {
  region?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDraftPageArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPageArgs = {
  path: Scalars['String']['input'];
  siteId?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySitesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A draft save. Without `id` a new page is created. */
export type SavePageInput = {
  /** The version you edited; a newer stored version makes the save a CONFLICT. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Ids of products to feature. */
  featuredProductIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The page to update; omit to create a page. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** URL path starting with `/`: lowercase letters, digits, hyphens and slashes. */
  path: Scalars['String']['input'];
  /** Site for a new page; defaults to the tenant's first site. */
  siteId?: InputMaybe<Scalars['ID']['input']>;
  /** Page title. */
  title: Scalars['String']['input'];
  /** Component tree `{ root: { props }, content: [{ type, props }] }`. */
  tree: Scalars['JSON']['input'];
};

/** A website of a tenant. A tenant may run several sites. */
export type Site = {
  __typename?: 'Site';
  /** Stable identifier of the site. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** The site's pages, newest first. */
  pages: PageConnection;
  /** The host that serves this site, when a custom domain is set. */
  primaryHost?: Maybe<Scalars['String']['output']>;
};


/** A website of a tenant. A tenant may run several sites. */
export type SitePagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A list of sites. */
export type SiteConnection = {
  __typename?: 'SiteConnection';
  /** The sites in this slice. */
  edges: Array<SiteEdge>;
  /** Whether there is more. */
  pageInfo: PageInfo;
};

/** One site in a list. */
export type SiteEdge = {
  __typename?: 'SiteEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The site. */
  node: Site;
};

/** A tenant's stored design token override. */
export type TokenOverride = {
  __typename?: 'TokenOverride';
  /** The W3C DTCG token document as stored. */
  document: Scalars['JSON']['output'];
  /** The region code for a region override; null for the tenant-wide one. */
  region?: Maybe<Scalars['String']['output']>;
  /** `tenant` for the tenant-wide override, `region:<code>` for one region's. */
  scope: Scalars['String']['output'];
  /** When the override was last saved (ISO 8601). */
  updatedAt: Scalars['String']['output'];
  /** Incremented on every save; pass it back as `expectedVersion`. */
  version: Scalars['Int']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Page: Page;
  Site: Site;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Page:
    ( { __typename: 'Page' }
    & GraphQLRecursivePick<FederationTypes['Page'], {"id":true}> );
  Site:
    ( { __typename: 'Site' }
    & GraphQLRecursivePick<FederationTypes['Site'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CreateSiteInput: CreateSiteInput;
  DesignToken: ResolverTypeWrapper<DesignToken>;
  DesignTokens: ResolverTypeWrapper<DesignTokens>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Page: ResolverTypeWrapper<PageViewModel>;
  PageConnection: ResolverTypeWrapper<Omit<PageConnection, 'edges'> & { edges: Array<ResolversTypes['PageEdge']> }>;
  PageEdge: ResolverTypeWrapper<Omit<PageEdge, 'node'> & { node: ResolversTypes['Page'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PageStatus: PageStatus;
  Product: ResolverTypeWrapper<Product>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SavePageInput: SavePageInput;
  Site: ResolverTypeWrapper<SiteModel>;
  SiteConnection: ResolverTypeWrapper<Omit<SiteConnection, 'edges'> & { edges: Array<ResolversTypes['SiteEdge']> }>;
  SiteEdge: ResolverTypeWrapper<Omit<SiteEdge, 'node'> & { node: ResolversTypes['Site'] }>;
  TokenOverride: ResolverTypeWrapper<TokenOverrideViewModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CreateSiteInput: CreateSiteInput;
  DesignToken: DesignToken;
  DesignTokens: DesignTokens;
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  Page: PageViewModel;
  PageConnection: Omit<PageConnection, 'edges'> & { edges: Array<ResolversParentTypes['PageEdge']> };
  PageEdge: Omit<PageEdge, 'node'> & { node: ResolversParentTypes['Page'] };
  PageInfo: PageInfo;
  Product: Product;
  Query: Record<PropertyKey, never>;
  SavePageInput: SavePageInput;
  Site: SiteModel;
  SiteConnection: Omit<SiteConnection, 'edges'> & { edges: Array<ResolversParentTypes['SiteEdge']> };
  SiteEdge: Omit<SiteEdge, 'node'> & { node: ResolversParentTypes['Site'] };
  TokenOverride: TokenOverrideViewModel;
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
}>;

export type LinkDirectiveArgs = {
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Scalars['String']['input']>;
  import?: Maybe<Array<Maybe<Scalars['String']['input']>>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = SubgraphContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = SubgraphContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type DesignTokenResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DesignToken'] = ResolversParentTypes['DesignToken']> = ResolversObject<{
  cssVariable?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
}>;

export type DesignTokensResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DesignTokens'] = ResolversParentTypes['DesignTokens']> = ResolversObject<{
  css?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tokens?: Resolver<Array<ResolversTypes['DesignToken']>, ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createSite?: Resolver<ResolversTypes['Site'], ParentType, ContextType, RequireFields<MutationCreateSiteArgs, 'input'>>;
  publishPage?: Resolver<ResolversTypes['Page'], ParentType, ContextType, RequireFields<MutationPublishPageArgs, 'id'>>;
  savePage?: Resolver<ResolversTypes['Page'], ParentType, ContextType, RequireFields<MutationSavePageArgs, 'input'>>;
  setRegionTokens?: Resolver<ResolversTypes['TokenOverride'], ParentType, ContextType, RequireFields<MutationSetRegionTokensArgs, 'document' | 'region'>>;
  setTenantTokens?: Resolver<ResolversTypes['TokenOverride'], ParentType, ContextType, RequireFields<MutationSetTenantTokensArgs, 'document'>>;
}>;

export type PageResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Page'] = ResolversParentTypes['Page'], FederationReferenceType extends FederationReferenceTypes['Page'] = FederationReferenceTypes['Page']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Page']> | FederationReferenceType, FederationReferenceType, ContextType>;
  featuredProducts?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType>;
  html?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  site?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PageStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tree?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PageConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageConnection'] = ResolversParentTypes['PageConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PageEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PageEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageEdge'] = ResolversParentTypes['PageEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Page'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ProductResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  designTokens?: Resolver<ResolversTypes['DesignTokens'], ParentType, ContextType, Partial<QueryDesignTokensArgs>>;
  draftPage?: Resolver<Maybe<ResolversTypes['Page']>, ParentType, ContextType, RequireFields<QueryDraftPageArgs, 'id'>>;
  page?: Resolver<Maybe<ResolversTypes['Page']>, ParentType, ContextType, RequireFields<QueryPageArgs, 'path'>>;
  sites?: Resolver<ResolversTypes['SiteConnection'], ParentType, ContextType, RequireFields<QuerySitesArgs, 'first'>>;
  tenantTokenOverrides?: Resolver<Array<ResolversTypes['TokenOverride']>, ParentType, ContextType>;
}>;

export type SiteResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Site'] = ResolversParentTypes['Site'], FederationReferenceType extends FederationReferenceTypes['Site'] = FederationReferenceTypes['Site']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Site']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pages?: Resolver<ResolversTypes['PageConnection'], ParentType, ContextType, RequireFields<SitePagesArgs, 'first'>>;
  primaryHost?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SiteConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SiteConnection'] = ResolversParentTypes['SiteConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SiteEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type SiteEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SiteEdge'] = ResolversParentTypes['SiteEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Site'], ParentType, ContextType>;
}>;

export type TokenOverrideResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TokenOverride'] = ResolversParentTypes['TokenOverride']> = ResolversObject<{
  document?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  DesignToken?: DesignTokenResolvers<ContextType>;
  DesignTokens?: DesignTokensResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Page?: PageResolvers<ContextType>;
  PageConnection?: PageConnectionResolvers<ContextType>;
  PageEdge?: PageEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Site?: SiteResolvers<ContextType>;
  SiteConnection?: SiteConnectionResolvers<ContextType>;
  SiteEdge?: SiteEdgeResolvers<ContextType>;
  TokenOverride?: TokenOverrideResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = SubgraphContext> = ResolversObject<{
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
}>;
