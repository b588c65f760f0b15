// Shared by the bench's server processes: answers each `cpu` message from the parent with the
// CPU time this process has used so far (user + system, µs), so the parent can divide the CPU a
// server spent by the replies it sent: a cost per request that background load barely moves.
export function reportCpuUsage() {
  process.on('message', (message) => {
    if (message !== 'cpu') return;
    const { user, system } = process.cpuUsage();
    process.send({ cpuMicros: user + system });
  });
}
