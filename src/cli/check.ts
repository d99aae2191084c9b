import type { Command } from './args.ts';

export const command: Command = {
  usage: 'usage: seckb check ... (not yet available)',
  async run() {
    process.stderr.write('seckb check: not yet available\n');
    return 2;
  },
};
