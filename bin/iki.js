#!/usr/bin/env node
// `iki --version` runs in scripts and editor hooks, so the version is printed
// before the command-line parser and the message catalogues are loaded.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { readFileSync } = await import('node:fs');
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${version}\n`);
} else {
  const { main } = await import('../dist/cli/main.js');
  await main();
}
