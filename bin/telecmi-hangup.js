#!/usr/bin/env node
'use strict';

// The command line is compiled with the package (lib/cli/main.ts); this file only starts it.
require('../dist/cjs/cli.js').run();
