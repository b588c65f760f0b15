#!/usr/bin/env node
// The `blizwork` command. A committed shim (the build output does not exist at install time, and
// a bin that points into dist/ makes pnpm warn "Failed to create bin"): it runs the built CLI.
import '../dist/main.js';
