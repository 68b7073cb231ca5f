// The dependency bot's rules (renovate.json), checked here because Renovate
// itself only reads them on its own servers: a typo there would quietly turn
// a rule off. Exact pins stay exact, the lockfile is kept, minor and patch
// updates come as one change, and oidc-client-ts never comes without a
// deliberate approval and its contract test.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = new URL("..", import.meta.url);
const read = (path: string) => readFileSync(fileURLToPath(new URL(path, ROOT)), "utf8");

interface PackageRule {
  description?: string;
  matchPackageNames?: string[];
  matchUpdateTypes?: string[];
  matchDepTypes?: string[];
  matchManagers?: string[];
  groupName?: string;
  rangeStrategy?: string;
  automerge?: boolean;
  enabled?: boolean;
  dependencyDashboardApproval?: boolean;
  prBodyNotes?: string[];
}

interface RenovateConfig {
  $schema?: string;
  extends?: string[];
  rangeStrategy?: string;
  automerge?: boolean;
  lockFileMaintenance?: { enabled?: boolean };
  packageRules?: PackageRule[];
}

// The options this file uses, so a misspelt one fails here instead of being
// ignored. A new Renovate option is added to the list with its rule.
const CONFIG_KEYS = [
  "$schema",
  "extends",
  "rangeStrategy",
  "automerge",
  "lockFileMaintenance",
  "packageRules",
];
const RULE_KEYS = [
  "description",
  "matchPackageNames",
  "matchUpdateTypes",
  "matchDepTypes",
  "matchManagers",
  "groupName",
  "rangeStrategy",
  "automerge",
  "enabled",
  "dependencyDashboardApproval",
  "prBodyNotes",
];

const config = JSON.parse(read("renovate.json")) as RenovateConfig;
const rules = config.packageRules ?? [];
const packageJson = JSON.parse(read("package.json")) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** Renovate's matchPackageNames: exact names and "*", "!name" excludes. */
function matchesPackage(rule: PackageRule, name: string): boolean {
  const patterns = rule.matchPackageNames;
  if (patterns === undefined) return true;
  if (patterns.includes(`!${name}`)) return false;
  return patterns.some((pattern) => pattern === "*" || pattern === name);
}

/** The rules that can apply to a package's updates of one type. */
function rulesFor(name: string, updateType: string): PackageRule[] {
  return rules.filter(
    (rule) =>
      rule.enabled !== false &&
      rule.matchDepTypes === undefined &&
      rule.matchManagers === undefined &&
      matchesPackage(rule, name) &&
      (rule.matchUpdateTypes === undefined || rule.matchUpdateTypes.includes(updateType)),
  );
}

describe("the dependency bot's configuration (renovate.json)", () => {
  it("uses only options this check knows, so none is misspelt", () => {
    expect(config.$schema).toBe("https://docs.renovatebot.com/renovate-schema.json");
    expect(Object.keys(config).filter((key) => !CONFIG_KEYS.includes(key))).toEqual([]);
    for (const rule of rules) {
      expect(Object.keys(rule).filter((key) => !RULE_KEYS.includes(key))).toEqual([]);
      expect(rule.description).toBeTruthy();
    }
  });

  it("keeps exact pins, which every dependency in package.json is", () => {
    expect(config.rangeStrategy).toBe("pin");
    expect(rules.filter((rule) => rule.rangeStrategy !== undefined)).toEqual([]);
    const loose = Object.entries({ ...packageJson.dependencies, ...packageJson.devDependencies })
      .filter(([, version]) => !/^\d+\.\d+\.\d+$/.test(version))
      .map(([name, version]) => `${name}@${version}`);
    expect(loose).toEqual([]);
  });

  it("keeps the lockfile up to date and merges nothing by itself", () => {
    expect(config.lockFileMaintenance?.enabled).toBe(true);
    expect(config.automerge).toBe(false);
    expect(rules.filter((rule) => rule.automerge === true)).toEqual([]);
  });

  it("groups the minor and patch updates of every other package into one change", () => {
    for (const name of ["react", "vite", "@tanstack/react-query", "typescript"]) {
      for (const type of ["minor", "patch"]) {
        const groups = rulesFor(name, type).map((rule) => rule.groupName);
        expect(groups, `${name} ${type}`).toContain("minor and patch updates");
      }
      // A major is its own change, never in the group.
      expect(rulesFor(name, "major").filter((rule) => rule.groupName !== undefined)).toEqual([]);
    }
  });

  it("never updates oidc-client-ts silently: approval on the dashboard, alone, with its contract test named", () => {
    expect(packageJson.dependencies).toHaveProperty("oidc-client-ts");
    for (const type of ["major", "minor", "patch"]) {
      const applying = rulesFor("oidc-client-ts", type);
      expect(applying.filter((rule) => rule.groupName !== undefined)).toEqual([]);
      expect(applying.some((rule) => rule.dependencyDashboardApproval === true)).toBe(true);
      expect(applying.filter((rule) => rule.dependencyDashboardApproval === false)).toEqual([]);
    }
    // The note names a test that exists: the one that stores a user through
    // oidc-client-ts and reads it back without it.
    const note = rulesFor("oidc-client-ts", "patch")
      .flatMap((rule) => rule.prBodyNotes ?? [])
      .join("\n");
    const [, file, suite, test] = /`npx vitest run ([^`]+)`.*"([^">]+) > ([^"]+)"/.exec(note) ?? [];
    expect(file).toBe("src/lib/auth/stored-session.test.ts");
    const source = read(file ?? "");
    expect(source).toContain(`describe(${JSON.stringify(suite)}`);
    expect(source).toContain(`it(${JSON.stringify(test)}`);
  });
});
