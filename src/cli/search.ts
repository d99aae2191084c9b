import type { Command } from './args.ts';

export const command: Command = {
  usage: 'usage: seckb search ... (not yet available)',
  async run() {
    process.stderr.write('seckb search: not yet available\n');
    return 2;
  },
};
