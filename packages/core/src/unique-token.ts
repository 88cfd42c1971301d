/**
 * A token no other process writes, now or later (pid, time and a random part), for where
 * uniqueness is needed and secrecy is not: a lease's identity, an output's heredoc delimiter.
 * Made without `node:crypto`, whose loading costs more than most steps' work (lazy-builtins.ts).
 */
export function uniqueToken(): string {
  return `${process.pid.toString(36)}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}
