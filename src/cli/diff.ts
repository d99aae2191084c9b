import type { Command } from './args.ts';

export const command: Command = {
  usage: 'usage: seckb diff ... (not yet available)',
  async run() {
    process.stderr.write('seckb diff: not yet available\n');
    return 2;
  },
};
