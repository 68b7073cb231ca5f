// @vitest-environment node
// No container engine runs here: the image's recipe is checked by a
// Dockerfile parser and linter (the one behind editors' Dockerfile support),
// and what it runs is tested as it is (deploy/entrypoint.test.ts,
// e2e/container.spec.ts).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Copy, DockerfileParser, type Instruction } from "dockerfile-ast";
import { validate } from "dockerfile-utils";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..");
const text = readFileSync(join(import.meta.dirname, "Dockerfile"), "utf8");
const dockerfile = DockerfileParser.parse(text);
const froms = dockerfile.getFROMs();

/** The instructions of the stage that starts at FROM number `index`. */
function stage(index: number): Instruction[] {
  const start = froms[index]?.getRange().start.line ?? Infinity;
  const end = froms[index + 1]?.getRange().start.line ?? Infinity;
  return dockerfile.getInstructions().filter((instruction) => {
    const line = instruction.getRange().start.line;
    return line >= start && line < end;
  });
}

const args = (instructions: Instruction[], keyword: string) =>
  instructions
    .filter((instruction) => instruction.getKeyword() === keyword)
    .map((instruction) => instruction.getArgumentsContent() ?? "");

describe("deploy/Dockerfile", () => {
  it("has no problem a Dockerfile linter finds", () => {
    expect(
      validate(text).map(
        (problem) => `${String(problem.range.start.line + 1)}: ${JSON.stringify(problem.message)}`,
      ),
    ).toEqual([]);
  });

  it("builds with the project's Node and serves from an unprivileged nginx", () => {
    expect(froms.map((from) => [from.getImage(), from.getBuildStage()])).toEqual([
      ["node:24.22.3-bookworm-slim", "build"],
      ["nginxinc/nginx-unprivileged:1.28.0-alpine", null],
    ]);
    const node = readFileSync(join(ROOT, ".nvmrc"), "utf8").trim().replace(/^v/, "");
    expect(froms[0]?.getImageTag()).toBe(`${node}-bookworm-slim`);
    expect(args(stage(0), "RUN")).toEqual(["npm ci --no-audit --no-fund", "npm run build"]);
  });

  const served = stage(1);

  it("runs as a user who is not root, on port 8080, through the entrypoint", () => {
    const users = args(served, "USER");
    expect(users.at(-1)).toMatch(/^[1-9]\d*$/);
    expect(args(served, "EXPOSE")).toEqual(["8080"]);
    expect(args(served, "ENTRYPOINT")).toEqual(['["/bin/sh", "/opt/dashboard/entrypoint.sh"]']);
    expect(args(served, "ENV").join(" ")).toContain("DASHBOARD_RUN_DIR=/tmp/dashboard");
  });

  it("ships the build without its manifest or source maps, and the files it copies exist", () => {
    const copies = args(served, "COPY");
    expect(copies).toEqual([
      "deploy/entrypoint.sh deploy/nginx.conf /opt/dashboard/",
      "/app/dist /opt/dashboard/dist",
    ]);
    const fromBuild = served
      .filter((instruction): instruction is Copy => instruction instanceof Copy)
      .map((copy) => copy.getFlags().map((flag) => `--${flag.getName()}=${flag.getValue() ?? ""}`));
    expect(fromBuild).toEqual([[], ["--from=build"]]);
    for (const copy of copies) expect(copy).not.toMatch(/\.map|manifest|dist-meta|\.vite/);
    for (const file of [
      "deploy/entrypoint.sh",
      "deploy/nginx.conf",
      "package.json",
      "package-lock.json",
    ]) {
      expect(existsSync(join(ROOT, file)), file).toBe(true);
    }
    // The build stage's context leaves local builds and dependencies out.
    const ignored = readFileSync(join(ROOT, ".dockerignore"), "utf8").split("\n");
    expect(ignored).toEqual(
      expect.arrayContaining(["node_modules/", "dist/", "dist-meta/", ".e2e-builds/"]),
    );
  });
});
