/** The KB contract over the real-world seeds (../shared/seeds), read where they are. */
import { describeSeeds, seedsDir } from '../helpers/seeds.ts';
import { kbContract } from './kb-contract.ts';

describeSeeds('KB contract: seeds', () => {
  kbContract([seedsDir], { determinism: true });
});
