#!/usr/bin/env node
// The `unanswered` command: the same services the app runs, without a window.
import { runCli } from './run-cli.ts';
import { processIo } from './io.ts';

process.exitCode = await runCli(process.argv.slice(2), processIo);
