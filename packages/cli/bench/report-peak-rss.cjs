// Preloaded into bench children: writes the process's peak resident memory (KB) on exit.
const { writeFileSync } = process.getBuiltinModule
  ? process.getBuiltinModule('node:fs')
  : module.require('node:fs');
process.on('exit', () => {
  writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
