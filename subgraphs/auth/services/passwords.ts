import { type Algorithm, hash, verify } from '@node-rs/argon2';

/** `Algorithm` is an ambient const enum, unusable as a value under verbatimModuleSyntax. */
const ARGON2ID = 2 as Algorithm.Argon2id;

import type { Config } from '../../../core/config.js';

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
  /** Runs a full verification against a fixed dummy hash, so unknown emails cost the same as wrong passwords. */
  verifyDummy(password: string): Promise<void>;
  /** How many dummy verifications ran (observable in tests: the no-enumeration path really verifies). */
  readonly dummyVerifications: number;
}

export async function createPasswordHasher(config: Config): Promise<PasswordHasher> {
  const options = {
    algorithm: ARGON2ID,
    memoryCost: config.ARGON2_MEMORY_KIB,
    timeCost: config.ARGON2_TIME_COST,
    parallelism: 1,
  };
  const dummyHash = await hash('webhaze-dummy-password', options);
  let dummyVerifications = 0;
  return {
    hash: (password) => hash(password, options),
    verify: (stored, password) => verify(stored, password),
    async verifyDummy(password) {
      dummyVerifications++;
      await verify(dummyHash, password);
    },
    get dummyVerifications() {
      return dummyVerifications;
    },
  };
}
