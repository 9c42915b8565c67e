/** A product's statuses in the order the screens list them, with their labels. */
export const PRODUCT_STATUSES = ['DRAFT', 'ACTIVE', 'ARCHIVED'] as const;

export const PRODUCT_STATUS_LABEL: Record<(typeof PRODUCT_STATUSES)[number], string> = {
  DRAFT: 'Draft',
  ACTIVE: 'Active',
  ARCHIVED: 'Archived',
};
