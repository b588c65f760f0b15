// Preloaded into bench children: writes the process's peak resident memory (KB) on exit.
process.on('exit', () => {
  require('node:fs').writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
