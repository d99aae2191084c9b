// Bundled and run by scripts/compile.mjs: prints the analyses of every rule term as JSON.
import { analyseRuleTerms } from '../src/regex/precompute.ts';

process.stdout.write(JSON.stringify(await analyseRuleTerms(process.cwd())));
