// The version a paired run compares with: a git ref checked out in a
// temporary folder (`git worktree add --detach`), with its own dependencies,
// so it is built by its own Vite and served by its own `npm run serve:prod`.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface OtherVersion {
  ref: string;
  /** The commit the ref named when the run began. */
  commit: string;
  /** The checked-out tree. */
  tree: string;
  /** How its node_modules came to be: this tree's, linked, or its own `npm ci`. */
  dependencies: "linked" | "installed";
  /** Removes the checkout and git's record of it. */
  remove: () => void;
}

const git = (root: string, args: string[]) =>
  // The lock file is a few hundred KiB: room for it to grow.
  execFileSync("git", args, { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 ** 2 }).trim();

/** The commit `ref` names in the repository at `root`, or an error that says which ref. */
export function commitOf(root: string, ref: string): string {
  try {
    return git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  } catch {
    throw new Error(`"${ref}" names no commit in this repository.`);
  }
}

/**
 * Checks `ref` out next to the repository at `root`. Its node_modules is a
 * link to this tree's when both lock files are the same, else its own
 * `npm ci` (which the console says, since it takes a minute or more).
 */
export function checkOut(root: string, ref: string): OtherVersion {
  const commit = commitOf(root, ref);
  const tree = mkdtempSync(join(tmpdir(), "openscaler-bench-"));
  const remove = () => {
    try {
      git(root, ["worktree", "remove", "--force", tree]);
    } catch {
      // Not registered (yet): the folder alone is removed, git forgets it on prune.
      rmSync(tree, { recursive: true, force: true });
      git(root, ["worktree", "prune"]);
    }
  };
  try {
    git(root, ["worktree", "add", "--detach", tree, commit]);
    const sameLock =
      git(root, ["show", `${commit}:package-lock.json`]) ===
      readFileSync(join(root, "package-lock.json"), "utf8").trim();
    if (sameLock) {
      symlinkSync(join(root, "node_modules"), join(tree, "node_modules"), "dir");
    } else {
      console.log(
        `${ref}'s package-lock.json differs from this tree's: installing its own dependencies (npm ci)…`,
      );
      execFileSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: tree, stdio: "inherit" });
    }
    return { ref, commit, tree, dependencies: sameLock ? "linked" : "installed", remove };
  } catch (error) {
    remove();
    throw error;
  }
}
