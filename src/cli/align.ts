import type { Command } from './args.ts';

export const command: Command = {
  usage: 'usage: seckb align ... (not yet available)',
  async run() {
    process.stderr.write('seckb align: not yet available\n');
    return 2;
  },
};
