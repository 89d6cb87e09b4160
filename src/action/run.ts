import { main } from '../cli/main.js';

// Placeholder entry of the GitHub Action until the Action issue: it runs `gonogo check` with the Action's
// inputs passed as environment variables, and fails the step on no-go or on any error.
const input = (name: string) => process.env[`INPUT_${name.toUpperCase()}`]?.trim() ?? '';
const list = (value: string) =>
  value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean);
const args = ['check', '--format', 'markdown'];
if (input('config')) args.push('--config', input('config'));
for (const glob of list(input('coverage'))) args.push('--coverage', glob);
for (const glob of list(input('sast'))) args.push('--sast', glob);
for (const glob of list(input('trackers'))) args.push('--tracker', glob);

process.exitCode = await main(args, {
  cwd: process.env.GITHUB_WORKSPACE ?? process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(`::error::${text}`),
  today: () => new Date().toISOString().slice(0, 10),
});
