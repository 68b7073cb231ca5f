import { isPathId, pathIdProblem, pathWithId } from "./path-id";

describe("the path id rule", () => {
  it.each(["8", "vm-8", "a.b", "..8", "8.", "~x_y", "lab-07.eu", "a".repeat(64)])(
    "accepts %j",
    (id) => {
      expect(pathIdProblem(id)).toBeNull();
      expect(isPathId(id)).toBe(true);
    },
  );

  it.each([
    ["", "empty"],
    [".", "dotSegment"],
    ["..", "dotSegment"],
    ["...", "dotSegment"],
    [" 8", "badCharacters"],
    ["../8", "badCharacters"],
    ["%2e%2e", "badCharacters"],
    ["8?x=1", "badCharacters"],
    ["8#x", "badCharacters"],
    ["8\n", "badCharacters"],
    ["a".repeat(65), "tooLong"],
  ])("refuses %j (%s)", (id, problem) => {
    expect(pathIdProblem(id)).toBe(problem);
    expect(pathWithId("/v1/stats/vpcs", id)).toBeNull();
  });

  it("puts an accepted id into the path as one segment", () => {
    expect(pathWithId("/v1/stats/vpcs", "1")).toBe("/v1/stats/vpcs/1");
    expect(pathWithId("/v1/vms", "lab-07.eu")).toBe("/v1/vms/lab-07.eu");
  });
});
