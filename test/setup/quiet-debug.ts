// In-process tests call code that logs through @actions/core; its `::debug::` lines are noise
// in the test log (a real runner hides them too unless step debugging is on).
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = ((chunk: unknown, ...rest: unknown[]) =>
  typeof chunk === 'string' && /^::debug::/.test(chunk)
    ? true
    : (write as (...args: unknown[]) => boolean)(chunk, ...rest));
