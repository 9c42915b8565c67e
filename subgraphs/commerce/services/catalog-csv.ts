/**
 * The catalog CSV format and its codec (RFC 4180: comma-separated, double-quoted fields with ""
 * escapes, CRLF or LF line ends, an optional UTF-8 BOM).
 *
 * One row per variant; rows of one product share its `slug` and the product's own fields are read
 * from its first row. Money is in integer minor units (1299 = 12.99), one `price_<CUR>` column (and
 * optionally `compare_at_<CUR>`) per currency. Lists (`collections` slugs, `image_asset_ids`) are
 * separated by `|`. `stock` is the units on hand at the default location (blank = unchanged).
 */

export const FIXED_COLUMNS = [
  'slug',
  'title',
  'status',
  'description',
  'seo_title',
  'seo_description',
  'collections',
  'image_asset_ids',
  'option1_name',
  'option1_value',
  'option2_name',
  'option2_value',
  'option3_name',
  'option3_value',
  'sku',
  'variant_title',
  'weight_grams',
  'stock',
] as const;
export type FixedColumn = (typeof FIXED_COLUMNS)[number];

export const PRICE_COLUMN = /^price_([A-Z]{3})$/;
export const COMPARE_AT_COLUMN = /^compare_at_([A-Z]{3})$/;

export class CsvSyntaxError extends Error {
  constructor(
    readonly row: number,
    message: string,
  ) {
    super(message);
  }
}

/** Parses CSV text into rows of fields; row numbers in errors are 1-based lines of records. */
export function parseCsv(text: string): string[][] {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < input.length) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        const next = input[i];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          throw new CsvSyntaxError(rows.length + 1, 'a closing quote must end the field');
        }
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && !fieldStarted && field === '') {
      quoted = true;
      fieldStarted = true;
      i++;
      continue;
    }
    if (c === ',') {
      endField();
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && input[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    if (c === '"')
      throw new CsvSyntaxError(rows.length + 1, 'a quote inside an unquoted field (quote the whole field)');
    field += c;
    fieldStarted = true;
    i++;
  }
  if (quoted) throw new CsvSyntaxError(rows.length + 1, 'a quoted field is not closed');
  if (field !== '' || row.length > 0) endRow();
  // Blank lines carry nothing.
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

/** Cells a spreadsheet would run as a formula get a leading apostrophe (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function toCsvField(value: string | number | null | undefined): string {
  let text = value == null ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Undoes the export's formula guard on import. */
export function fromCsvField(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

export function toCsv(rows: (string | number | null | undefined)[][]): string {
  return `${rows.map((row) => row.map(toCsvField).join(',')).join('\r\n')}\r\n`;
}
