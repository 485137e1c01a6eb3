#!/usr/bin/env node
import { compileRegExpsNatively } from "./compile-regexps-natively.ts";
import { runCli } from "./run-cli.ts";

compileRegExpsNatively();
process.exitCode = await runCli(process.argv.slice(2));
