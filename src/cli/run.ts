import { main } from './main.js';

// Entry point of the `gonogo` binary: no logic here, see main.ts.
process.exitCode = await main(
  process.argv.slice(2),
  {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    today: () => new Date().toISOString().slice(0, 10),
  },
  Boolean(process.env.GONOGO_DEBUG),
);
