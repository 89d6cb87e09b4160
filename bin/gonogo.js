#!/usr/bin/env node
// The gonogo CLI. The bundle is committed (and checked fresh in CI), so `npx gonogo` works right after `npm ci`.
import '../dist/cli.js';
