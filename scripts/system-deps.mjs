// `pnpm test` calls this first: it makes sure the programs the tests need beyond npm (from
// Debian's packages) are installed. As root it installs what is missing with apt-get; without root
// it prints the one command to run and fails, so no test is ever skipped because a part is missing.
//
// To need a new program, add it to SYSTEM_PACKAGES with the Debian package that provides it.
import { spawnSync } from 'node:child_process';

/** The programs the test suite needs, each with the Debian package that installs it. */
// Entries look like { program: 'redis-server', debian: 'redis-server' }.
const SYSTEM_PACKAGES = [
  // @blizwork/rate-limit-redis's tests and benchmark start a real Redis server.
  { program: 'redis-server', debian: 'redis-server' },
  // The emulator's dashboard test drives a real Chromium (playwright-core, executablePath).
  { program: 'chromium', debian: 'chromium' },
  // @blizwork/cli's progress-bar test runs it in a real terminal.
  { program: 'tmux', debian: 'tmux' },
  // The SDK's web-request test makes a throw-away certificate to serve HTTPS on loopback.
  { program: 'openssl', debian: 'openssl' },
];

const onPath = (program) =>
  spawnSync('sh', ['-c', `command -v ${program}`], { stdio: 'ignore' }).status === 0;

const missing = SYSTEM_PACKAGES.filter(({ program }) => !onPath(program));
if (missing.length === 0) {
  console.log(
    SYSTEM_PACKAGES.length === 0
      ? 'System packages: none needed.'
      : `System packages: ${SYSTEM_PACKAGES.map(({ program }) => program).join(', ')} present.`,
  );
  process.exit(0);
}

const names = [...new Set(missing.map(({ debian }) => debian))];
const command = `apt-get update && apt-get install -y --no-install-recommends ${names.join(' ')}`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(`The tests need ${names.join(', ')} (Debian packages). Install them with:`);
  console.error(`  sudo sh -c '${command}'`);
  process.exit(1);
}
console.log(`Installing ${names.join(', ')} with apt-get...`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
const result = spawnSync('sh', ['-c', command], { stdio: 'inherit', env });
const stillMissing = missing.filter(({ program }) => !onPath(program));
if (result.status !== 0 || stillMissing.length > 0) {
  console.error(`Could not install ${stillMissing.map(({ debian }) => debian).join(', ')}.`);
  process.exit(1);
}
