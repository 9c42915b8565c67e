import type { GraphQLResolveInfo } from 'graphql';
import type { Asset as AssetModel, AssetVariant as AssetVariantModel, AssetUsage as AssetUsageModel } from '../entities/assets.js';
import type { UploadTicket as UploadTicketModel } from '../services/asset-service.js';
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
  _FieldSet: { input: unknown; output: unknown; }
};

/** A file a tenant stored: an image, a font or a document. */
export type Asset = {
  __typename?: 'Asset';
  /** Alternative text for images (accessibility). */
  alt?: Maybe<Scalars['String']['output']>;
  /** MIME type: as declared until the upload completes, then as sniffed from the file's bytes. */
  contentType: Scalars['String']['output'];
  /** When the asset was created (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** The image's dominant colour as #rrggbb. */
  dominantColor?: Maybe<Scalars['String']['output']>;
  /** Why the asset failed, when status is FAILED. */
  failureReason?: Maybe<Scalars['String']['output']>;
  /** Original file name. */
  filename: Scalars['String']['output'];
  /** The image's point of interest; null means the centre. */
  focalPoint?: Maybe<FocalPoint>;
  /** Height of the (upright) original image in pixels; null for other kinds. */
  height?: Maybe<Scalars['Int']['output']>;
  /** Stable identifier of the asset. */
  id: Scalars['ID']['output'];
  /** Image, font or document. */
  kind: AssetKind;
  /** A ThumbHash of the image (base64): decode it client-side into a blurred placeholder. */
  placeholder?: Maybe<Scalars['String']['output']>;
  /** The placeholder as a small PNG data URL, ready for a CSS background or an img src. */
  placeholderDataUrl?: Maybe<Scalars['String']['output']>;
  /** Whether the asset is only reachable through expiring signed URLs. */
  private: Scalars['Boolean']['output'];
  /** Size of the original in bytes. */
  size: Scalars['Int']['output'];
  /** A default `sizes` attribute value: full viewport width up to the widest variant. */
  sizes?: Maybe<Scalars['String']['output']>;
  /** An `srcset` attribute value for one format: `url 320w, url 640w, ...`; null when there are no variants. */
  srcset?: Maybe<Scalars['String']['output']>;
  /** Where the asset is in its upload lifecycle. */
  status: AssetStatus;
  /** URL of the original file: public, or signed and expiring for a private asset. */
  url: Scalars['String']['output'];
  /** What uses this asset elsewhere (cms pages, products), as those services reported it. */
  usages: Array<AssetUsage>;
  /** The image's variants, optionally of one format, narrowest first; empty until READY. */
  variants: Array<AssetVariant>;
  /** Width of the (upright) original image in pixels; null for other kinds. */
  width?: Maybe<Scalars['Int']['output']>;
};


/** A file a tenant stored: an image, a font or a document. */
export type AssetSrcsetArgs = {
  crop?: InputMaybe<Scalars['String']['input']>;
  format?: ImageFormat;
};


/** A file a tenant stored: an image, a font or a document. */
export type AssetVariantsArgs = {
  crop?: InputMaybe<Scalars['String']['input']>;
  format?: InputMaybe<ImageFormat>;
};

/** A list of assets. */
export type AssetConnection = {
  __typename?: 'AssetConnection';
  /** The assets in this slice. */
  edges: Array<AssetEdge>;
  /** Whether there is more. */
  pageInfo: PageInfo;
};

/** One asset in a list. */
export type AssetEdge = {
  __typename?: 'AssetEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The asset. */
  node: Asset;
};

/** What kind of file an asset is. */
export type AssetKind =
  /** A document (PDF); stored as is. */
  | 'DOCUMENT'
  /** A web font (WOFF2); stored as is. */
  | 'FONT'
  /** A raster image (JPEG, PNG, WebP, AVIF, GIF); gets responsive variants. */
  | 'IMAGE';

/** Where an asset is in its upload lifecycle. */
export type AssetStatus =
  /** Refused or could not be processed; see failureReason. */
  | 'FAILED'
  /** Created by createUpload; waiting for the file and completeUpload. */
  | 'PENDING'
  /** The file was accepted; its variants are being made. */
  | 'PROCESSING'
  /** Ready to use. */
  | 'READY';

/** Something in another part of WebHaze that uses an asset. */
export type AssetUsage = {
  __typename?: 'AssetUsage';
  /** The id of what uses it. */
  id: Scalars['String']['output'];
  /** What uses the asset in that service, e.g. `page`. */
  kind: Scalars['String']['output'];
  /** Its name, e.g. the page title. */
  label: Scalars['String']['output'];
  /** The service that reported the use, e.g. `cms`. */
  service: Scalars['String']['output'];
};

/** One rendition of an image at one width and format. */
export type AssetVariant = {
  __typename?: 'AssetVariant';
  /** For a crop around the focal point, its aspect as `w:h` (e.g. `16:9`); null for the responsive widths of the whole image. */
  crop?: Maybe<Scalars['String']['output']>;
  /** Encoding. */
  format: ImageFormat;
  /** Height in pixels. */
  height: Scalars['Int']['output'];
  /** Size in bytes. */
  size: Scalars['Int']['output'];
  /** Where to load it: public, or signed and expiring for a private asset. */
  url: Scalars['String']['output'];
  /** Width in pixels. */
  width: Scalars['Int']['output'];
};

/** A file about to be uploaded. */
export type CreateUploadInput = {
  /** The file's MIME type: image/jpeg, image/png, image/webp, image/avif, image/gif, font/woff2 or application/pdf. SVG is refused. */
  contentType: Scalars['String']['input'];
  /** The file's name as the user knows it (at most 255 characters). */
  filename: Scalars['String']['input'];
  /** Serve the asset only through expiring signed URLs (default false). */
  private?: InputMaybe<Scalars['Boolean']['input']>;
  /** The file's exact size in bytes; the upload may not exceed it. */
  size: Scalars['Int']['input'];
};

/** A point of interest in an image, kept in view when it is cropped. */
export type FocalPoint = {
  __typename?: 'FocalPoint';
  /** Horizontal position from 0 (left edge) to 1 (right edge). */
  x: Scalars['Float']['output'];
  /** Vertical position from 0 (top edge) to 1 (bottom edge). */
  y: Scalars['Float']['output'];
};

/** A point of interest in an image, each coordinate from 0 to 1. */
export type FocalPointInput = {
  /** Horizontal position from 0 (left edge) to 1 (right edge). */
  x: Scalars['Float']['input'];
  /** Vertical position from 0 (top edge) to 1 (bottom edge). */
  y: Scalars['Float']['input'];
};

/** An image format a variant is encoded in. */
export type ImageFormat =
  /** AVIF: smallest files, supported by current browsers. */
  | 'AVIF'
  /** JPEG fallback (for JPEG and other photos without transparency). */
  | 'JPEG'
  /** PNG fallback (for PNG and GIF originals). */
  | 'PNG'
  /** WebP: small files, supported everywhere current. */
  | 'WEBP';

export type Mutation = {
  __typename?: 'Mutation';
  /** Finishes an upload: checks the stored bytes (type, size, quota, pixels) and starts processing. */
  completeUpload: Asset;
  /** Starts an upload: records a pending asset and returns where to send the bytes. */
  createUpload: UploadTicket;
  /** Deletes an asset and its files. Refused (CONFLICT) while something uses it, unless force is true. Returns the id. */
  deleteAsset: Scalars['ID']['output'];
  /** Internal (WebHaze services only): records that something uses an asset, or no longer does. Returns inUse. */
  recordAssetUsage: Scalars['Boolean']['output'];
  /** Updates an asset's alternative text and focal point. */
  updateAsset: Asset;
  /**
   * Sets or clears an asset's alternative text (at most 500 characters).
   * @deprecated Use updateAsset(id, input: { alt }).
   */
  updateAssetAlt: Asset;
};


export type MutationCompleteUploadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateUploadArgs = {
  input: CreateUploadInput;
};


export type MutationDeleteAssetArgs = {
  force?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationRecordAssetUsageArgs = {
  input: RecordAssetUsageInput;
};


export type MutationUpdateAssetArgs = {
  id: Scalars['ID']['input'];
  input: UpdateAssetInput;
};


export type MutationUpdateAssetAltArgs = {
  alt?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};

/** Cursor pagination details, shared by every connection in the graph. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow the last edge. */
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** One asset of the request tenant's library, or null. */
  asset?: Maybe<Asset>;
  /** The request tenant's media library, optionally searched (file name, alt text) and filtered by kind. */
  assets: AssetConnection;
  /** Assets by id, in the order asked (null where unknown); at most 100 ids. Used by renderers. */
  assetsByIds: Array<Maybe<Asset>>;
};


export type QueryAssetArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAssetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<AssetKind>;
};


export type QueryAssetsByIdsArgs = {
  ids: Array<Scalars['ID']['input']>;
};

/** That a service's object uses an asset (or no longer does). */
export type RecordAssetUsageInput = {
  /** The asset used. */
  assetId: Scalars['ID']['input'];
  /** True when it uses the asset, false when it stopped. */
  inUse: Scalars['Boolean']['input'];
  /** What uses it, e.g. `page`. */
  kind: Scalars['String']['input'];
  /** A name a person recognises, e.g. the page title. */
  label: Scalars['String']['input'];
  /** The id of what uses it. */
  refId: Scalars['String']['input'];
  /** The reporting service, e.g. `cms`. */
  service: Scalars['String']['input'];
};

/** Changes to an asset's descriptive fields; omitted fields stay as they are. */
export type UpdateAssetInput = {
  /** Alternative text (at most 500 characters); null clears it. */
  alt?: InputMaybe<Scalars['String']['input']>;
  /** The image's point of interest; null resets it to the centre. */
  focalPoint?: InputMaybe<FocalPointInput>;
};

/** A header the upload request must carry. */
export type UploadHeader = {
  __typename?: 'UploadHeader';
  /** Header name. */
  name: Scalars['String']['output'];
  /** Header value. */
  value: Scalars['String']['output'];
};

/** Where and how to send a file's bytes, then call completeUpload. */
export type UploadTicket = {
  __typename?: 'UploadTicket';
  /** The pending asset. */
  asset: Asset;
  /** When uploadUrl stops working (ISO 8601). */
  expiresAt: Scalars['String']['output'];
  /** Headers to send with the upload. */
  headers: Array<UploadHeader>;
  /** The HTTP method to use (PUT). */
  method: Scalars['String']['output'];
  /** The URL to send the file to, valid until expiresAt. */
  uploadUrl: Scalars['String']['output'];
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
  Asset: Asset;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Asset:
    ( { __typename: 'Asset' }
    & GraphQLRecursivePick<FederationTypes['Asset'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Asset: ResolverTypeWrapper<AssetModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AssetConnection: ResolverTypeWrapper<Omit<AssetConnection, 'edges'> & { edges: Array<ResolversTypes['AssetEdge']> }>;
  AssetEdge: ResolverTypeWrapper<Omit<AssetEdge, 'node'> & { node: ResolversTypes['Asset'] }>;
  AssetKind: AssetKind;
  AssetStatus: AssetStatus;
  AssetUsage: ResolverTypeWrapper<AssetUsageModel>;
  AssetVariant: ResolverTypeWrapper<AssetVariantModel>;
  CreateUploadInput: CreateUploadInput;
  FocalPoint: ResolverTypeWrapper<FocalPoint>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FocalPointInput: FocalPointInput;
  ImageFormat: ImageFormat;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordAssetUsageInput: RecordAssetUsageInput;
  UpdateAssetInput: UpdateAssetInput;
  UploadHeader: ResolverTypeWrapper<UploadHeader>;
  UploadTicket: ResolverTypeWrapper<UploadTicketModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Asset: AssetModel;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  AssetConnection: Omit<AssetConnection, 'edges'> & { edges: Array<ResolversParentTypes['AssetEdge']> };
  AssetEdge: Omit<AssetEdge, 'node'> & { node: ResolversParentTypes['Asset'] };
  AssetUsage: AssetUsageModel;
  AssetVariant: AssetVariantModel;
  CreateUploadInput: CreateUploadInput;
  FocalPoint: FocalPoint;
  Float: Scalars['Float']['output'];
  FocalPointInput: FocalPointInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RecordAssetUsageInput: RecordAssetUsageInput;
  UpdateAssetInput: UpdateAssetInput;
  UploadHeader: UploadHeader;
  UploadTicket: UploadTicketModel;
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

export type AssetResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Asset'] = ResolversParentTypes['Asset'], FederationReferenceType extends FederationReferenceTypes['Asset'] = FederationReferenceTypes['Asset']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Asset']> | FederationReferenceType, FederationReferenceType, ContextType>;
  alt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dominantColor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  failureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  filename?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  focalPoint?: Resolver<Maybe<ResolversTypes['FocalPoint']>, ParentType, ContextType>;
  height?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AssetKind'], ParentType, ContextType>;
  placeholder?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  placeholderDataUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  private?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sizes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  srcset?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<AssetSrcsetArgs, 'format'>>;
  status?: Resolver<ResolversTypes['AssetStatus'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  usages?: Resolver<Array<ResolversTypes['AssetUsage']>, ParentType, ContextType>;
  variants?: Resolver<Array<ResolversTypes['AssetVariant']>, ParentType, ContextType, Partial<AssetVariantsArgs>>;
  width?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type AssetConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AssetConnection'] = ResolversParentTypes['AssetConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AssetEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type AssetEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AssetEdge'] = ResolversParentTypes['AssetEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Asset'], ParentType, ContextType>;
}>;

export type AssetUsageResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AssetUsage'] = ResolversParentTypes['AssetUsage']> = ResolversObject<{
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AssetVariantResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AssetVariant'] = ResolversParentTypes['AssetVariant']> = ResolversObject<{
  crop?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  format?: Resolver<ResolversTypes['ImageFormat'], ParentType, ContextType>;
  height?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  width?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FocalPointResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['FocalPoint'] = ResolversParentTypes['FocalPoint']> = ResolversObject<{
  x?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  y?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  completeUpload?: Resolver<ResolversTypes['Asset'], ParentType, ContextType, RequireFields<MutationCompleteUploadArgs, 'id'>>;
  createUpload?: Resolver<ResolversTypes['UploadTicket'], ParentType, ContextType, RequireFields<MutationCreateUploadArgs, 'input'>>;
  deleteAsset?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteAssetArgs, 'force' | 'id'>>;
  recordAssetUsage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationRecordAssetUsageArgs, 'input'>>;
  updateAsset?: Resolver<ResolversTypes['Asset'], ParentType, ContextType, RequireFields<MutationUpdateAssetArgs, 'id' | 'input'>>;
  updateAssetAlt?: Resolver<ResolversTypes['Asset'], ParentType, ContextType, RequireFields<MutationUpdateAssetAltArgs, 'id'>>;
}>;

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  asset?: Resolver<Maybe<ResolversTypes['Asset']>, ParentType, ContextType, RequireFields<QueryAssetArgs, 'id'>>;
  assets?: Resolver<ResolversTypes['AssetConnection'], ParentType, ContextType, RequireFields<QueryAssetsArgs, 'first'>>;
  assetsByIds?: Resolver<Array<Maybe<ResolversTypes['Asset']>>, ParentType, ContextType, RequireFields<QueryAssetsByIdsArgs, 'ids'>>;
}>;

export type UploadHeaderResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['UploadHeader'] = ResolversParentTypes['UploadHeader']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UploadTicketResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['UploadTicket'] = ResolversParentTypes['UploadTicket']> = ResolversObject<{
  asset?: Resolver<ResolversTypes['Asset'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  headers?: Resolver<Array<ResolversTypes['UploadHeader']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  uploadUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  Asset?: AssetResolvers<ContextType>;
  AssetConnection?: AssetConnectionResolvers<ContextType>;
  AssetEdge?: AssetEdgeResolvers<ContextType>;
  AssetUsage?: AssetUsageResolvers<ContextType>;
  AssetVariant?: AssetVariantResolvers<ContextType>;
  FocalPoint?: FocalPointResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  UploadHeader?: UploadHeaderResolvers<ContextType>;
  UploadTicket?: UploadTicketResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = SubgraphContext> = ResolversObject<{
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
}>;
