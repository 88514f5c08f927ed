import { execFileSync } from 'node:child_process';

// git variables from the environment (for example those a git hook sets)
// would point the commands at another repository, so they are dropped.
const gitEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('GIT_')));

/** Runs git in `cwd` and returns its trimmed output; throws with git's message on failure. */
export function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** Makes `folder` a git repository on branch main with a local author and unsigned commits. */
export function initRepository(folder: string): void {
  git(folder, ['init', '-q', '-b', 'main']);
  git(folder, ['config', 'user.name', 'Penguji iki']);
  git(folder, ['config', 'user.email', 'penguji@example.com']);
  git(folder, ['config', 'commit.gpgsign', 'false']);
}

/** Commits every change in the working tree and returns the new commit id. */
export function commitAll(folder: string, message: string): string {
  git(folder, ['add', '-A']);
  git(folder, ['-c', 'commit.gpgsign=false', 'commit', '-q', '--allow-empty', '-m', message]);
  return git(folder, ['rev-parse', 'HEAD']);
}
