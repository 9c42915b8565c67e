import { describe, expect, it } from 'vitest';
import { unstorableCells } from './services/catalog-import-parse.js';

describe('unstorableCells (what importCatalog refuses before storing the file)', () => {
  it('names the row and column of every cell PostgreSQL cannot store', () => {
    const csv = 'slug,title,sku\ntee,Tee,TEE-1\nmug,M\u0000ug,MUG-\uD800\n';
    expect(unstorableCells(csv)).toEqual([
      { row: 3, column: 'title', message: 'title: contains a NUL character or an unpaired surrogate' },
      { row: 3, column: 'sku', message: 'sku: contains a NUL character or an unpaired surrogate' },
    ]);
  });

  it('names the header row, and the line when the file does not parse', () => {
    expect(unstorableCells('slug\u0000,sku\nx,y\n')).toEqual([
      { row: 1, column: null, message: 'contains a NUL character or an unpaired surrogate' },
    ]);
    expect(unstorableCells('slug,sku\nx,y\n"z\u0000,w\n')).toEqual([
      { row: 3, column: null, message: 'contains a NUL character or an unpaired surrogate' },
    ]);
  });

  it('accepts ordinary text, emoji included', () => {
    expect(unstorableCells('slug,title,sku\ntee,Tee 👕 Grüße,TEE-1\n')).toEqual([]);
  });
});
