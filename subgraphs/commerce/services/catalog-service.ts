import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { RequestContext } from '../../../core/context.js';
import { type SubgraphDb, withTenant } from '../../../core/db.js';
import { badInput } from '../../../core/errors.js';
import { isUuid, parseInput } from '../../../core/input.js';
import { checkPageSize, decodeCursor, MAX_PAGE_SIZE } from '../../../core/pagination.js';
import { can } from '../../../core/permissions.js';
import { type Product, ProductSchema } from '../entities.js';

const createInput = z.object({
  title: z.string().trim().min(1, 'Title must not be empty').max(200),
  priceAmount: z.number().int().min(0, 'Price must be zero or more').max(2_147_483_647, 'Price is too large'),
  currency: z.string().regex(/^[A-Z]{3}$/, 'Currency must be an ISO 4217 code like EUR'),
  status: z
    .enum(['DRAFT', 'ACTIVE', 'ARCHIVED'])
    .nullish()
    .transform((s) => (s ?? 'ACTIVE').toLowerCase() as Product['status']),
});

export class CatalogService {
  constructor(
    private readonly db: SubgraphDb,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Active products for everyone; catalog editors also see drafts and archived ones. */
  products(ctx: RequestContext, first: number, after: string | null): Promise<Product[]> {
    checkPageSize(first);
    const afterId = decodeCursor(after);
    const everything = can(ctx, 'catalog:write');
    return withTenant(this.db, ctx, (em) =>
      em.find(
        ProductSchema,
        {
          ...(everything ? {} : { status: 'active' as const }),
          ...(afterId ? { id: { $gt: afterId } } : {}),
        },
        { orderBy: { id: 'asc' }, limit: first + 1 },
      ),
    );
  }

  /** Visible products by id, in the order asked (null for unknown, foreign or hidden ones). */
  async productsByIds(ctx: RequestContext, ids: readonly string[]): Promise<(Product | null)[]> {
    if (ids.length > MAX_PAGE_SIZE) throw badInput(`ids: at most ${MAX_PAGE_SIZE}`, 'ids');
    const valid = ids.filter(isUuid);
    if (!ctx.tenantId || valid.length === 0) return ids.map(() => null);
    const everything = can(ctx, 'catalog:write');
    const found = await withTenant(this.db, ctx, (em) =>
      em.find(ProductSchema, { id: { $in: valid }, ...(everything ? {} : { status: 'active' as const }) }),
    );
    const byId = new Map(found.map((p) => [p.id, p]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async productReference(ctx: RequestContext, id: string): Promise<Product | null> {
    if (!ctx.tenantId || !isUuid(id)) return null;
    const product = await withTenant(this.db, ctx, (em) => em.findOne(ProductSchema, { id }));
    if (!product) return null;
    return product.status === 'active' || can(ctx, 'catalog:write') ? product : null;
  }

  createProduct(ctx: RequestContext, input: unknown): Promise<Product> {
    const data = parseInput(createInput, input);
    return withTenant(this.db, ctx, async (em) => {
      const product = em.create(ProductSchema, {
        id: randomUUID(),
        tenantId: ctx.tenantId!,
        ...data,
        createdAt: this.now(),
      });
      await em.flush();
      return product;
    });
  }
}
