import type { DiscountCode, ShippingRate } from '../entities/carts.js';
import { type DiscountProblem, DiscountService } from './discount-service.js';
import { shippingCost } from './shipping-service.js';
import { lineTax, type TaxRule } from './tax-service.js';

/** One cart line with what the catalog says about it now. */
export interface CatalogLine {
  variantId: string;
  productId: string;
  sku: string;
  title: string;
  quantity: number;
  /** The variant's price in the cart currency, or null when it has none. */
  unitPrice: number | null;
  /** Whether the product is active (for sale). */
  forSale: boolean;
  /** Units on hand minus units reserved, over every location. */
  available: number;
}

export interface PricedLine extends CatalogLine {
  /** Whether the line can be bought now (for sale, priced in the currency, enough stock). */
  purchasable: boolean;
  /** unitPrice × quantity (0 for a line that cannot be bought). */
  total: number;
  /** This line's share of the cart discount. */
  discount: number;
  /** This line's tax, rounded half-even per line. */
  tax: number;
}

export interface ShippingOption {
  rate: ShippingRate;
  /** What the rate costs for this cart (0 past its free-shipping threshold). */
  cost: number;
}

export interface CartPricing {
  currency: string;
  lines: PricedLine[];
  subtotal: number;
  discount: number;
  /** The applied code (null when none, or when it no longer applies: see `discountProblem`). */
  discountCode: DiscountCode | null;
  discountProblem: DiscountProblem | null;
  tax: number;
  taxRule: TaxRule;
  shipping: number;
  shippingRate: ShippingRate | null;
  shippingOptions: ShippingOption[];
  total: number;
}

/**
 * Splits `amount` over `weights` in proportion, in whole units: each share rounded down, the
 * units left over going to the largest remainders (ties: the earlier line). Sums to `amount`.
 */
export function allocate(amount: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (amount === 0 || sum === 0) return weights.map(() => 0);
  const shares = weights.map((w) => Math.floor((amount * w) / sum));
  let left = amount - shares.reduce((a, b) => a + b, 0);
  const order = weights
    .map((w, i) => ({ i, rest: (amount * w) % sum }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    shares[i]! += 1;
    left -= 1;
  }
  return shares;
}

/**
 * Prices a cart from catalog data only:
 * - subtotal = Σ unitPrice × quantity of the purchasable lines;
 * - discount = percentage of the subtotal rounded half-even, or the fixed amount (at most the
 *   subtotal), split over the lines in proportion to their totals (`allocate`);
 * - tax per line on (line total − its discount share), rounded half-even per line; with
 *   tax-inclusive prices it is the part of the price that is tax and is not added to the total;
 *   shipping is not taxed;
 * - shipping = the chosen rate (default: the cheapest of the region and currency), free from
 *   its threshold of discounted subtotal; none configured = free;
 * - total = subtotal − discount + shipping (+ tax when exclusive).
 */
export async function priceLines(
  catalog: CatalogLine[],
  currency: string,
  discount: {
    code: DiscountCode | null;
    problemOf: (code: DiscountCode, subtotal: number) => Promise<DiscountProblem | null>;
  },
  taxRule: TaxRule,
  shipping: { options: ShippingRate[]; chosenId: string | null },
): Promise<CartPricing> {
  const lines = catalog.map((line) => {
    const purchasable =
      line.forSale && line.unitPrice !== null && line.quantity > 0 && line.quantity <= line.available;
    return {
      ...line,
      purchasable,
      total: purchasable ? line.unitPrice! * line.quantity : 0,
      discount: 0,
      tax: 0,
    };
  });
  const subtotal = lines.reduce((sum, l) => sum + l.total, 0);
  let discountAmount = 0;
  let applied: DiscountCode | null = null;
  let discountProblem: DiscountProblem | null = null;
  if (discount.code) {
    discountProblem = await discount.problemOf(discount.code, subtotal);
    if (!discountProblem) {
      applied = discount.code;
      discountAmount = DiscountService.amountOf(discount.code, subtotal);
    }
  }
  const shares = allocate(
    discountAmount,
    lines.map((l) => l.total),
  );
  let tax = 0;
  lines.forEach((line, i) => {
    line.discount = shares[i]!;
    line.tax = lineTax(line.total - line.discount, taxRule);
    tax += line.tax;
  });
  const net = subtotal - discountAmount;
  const shippingOptions = shipping.options.map((rate) => ({ rate, cost: shippingCost(rate, net) }));
  const chosen =
    shippingOptions.find((o) => o.rate.id === shipping.chosenId) ??
    [...shippingOptions].sort((a, b) => a.cost - b.cost)[0] ??
    null;
  const shippingAmount = subtotal > 0 && chosen ? chosen.cost : 0;
  return {
    currency,
    lines,
    subtotal,
    discount: discountAmount,
    discountCode: applied,
    discountProblem,
    tax,
    taxRule,
    shipping: shippingAmount,
    shippingRate: chosen?.rate ?? null,
    shippingOptions,
    total: net + shippingAmount + (taxRule.inclusive ? 0 : tax),
  };
}
