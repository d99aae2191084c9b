import type { Command } from './args.ts';

export const command: Command = {
  usage: 'usage: seckb compare ... (not yet available)',
  async run() {
    process.stderr.write('seckb compare: not yet available\n');
    return 2;
  },
};
