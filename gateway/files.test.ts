import { describe, expect, it } from 'vitest';
import { storageKeyOf } from './files.js';

describe('storage keys from /files and /uploads paths', () => {
  it('decodes a valid key and refuses traversal, bad characters and malformed percent-encoding', () => {
    expect(storageKeyOf('/files/tenants/t1/assets/a/64.webp', '/files/')).toBe('tenants/t1/assets/a/64.webp');
    expect(storageKeyOf('/files/tenants/%2e%2e/x', '/files/')).toBeNull();
    expect(storageKeyOf('/uploads/tenants/t1/a%20b', '/uploads/')).toBeNull();
    expect(storageKeyOf('/files/tenants/%E0%A4%A', '/files/')).toBeNull();
  });
});
