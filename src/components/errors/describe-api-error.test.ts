import { ApiError } from "@/lib/api-client";
import { CodeUnavailableError } from "@/lib/lazy-part";
import { describeApiError, explainApiError } from "./describe-api-error";

describe("what the reader is told about a failed call", () => {
  it("names the subject, says why, and keeps the line for a support ticket", () => {
    const error = new ApiError("server", {
      status: 500,
      detail: "HTTP 500 · boom · The disk is on fire.",
      reason: { code: "boom", message: "The disk is on fire." },
    });
    expect(describeApiError(error, "the disks")).toEqual({
      title: "Couldn't load the disks",
      explanation: "The OpenScaler API had a problem.",
      detail: "HTTP 500 · boom · The disk is on fire.",
    });
  });

  it("says how long to wait when the API asked for it", () => {
    const error = new ApiError("rate-limited", { status: 429, retryAfterMs: 7500 });
    expect(describeApiError(error, "the prices")).toMatchObject({
      title: "Too many requests",
      explanation: "The API asked us to wait 8 s before trying again.",
    });
  });

  it("says why a session renewal kept the request from leaving", () => {
    const error = new ApiError("network", { renewalFailure: "timeout" });
    expect(describeApiError(error, "this VM")).toEqual({
      title: "Couldn't load this VM",
      explanation: "The OpenScaler API could not be reached. Check your connection.",
      detail: "Session renewal failed: the sign-in service did not answer in time",
    });
  });

  it("words a time limit with the configured seconds", () => {
    expect(explainApiError(new ApiError("timeout"))).toMatch(
      /^The API did not answer within \d+ seconds\.$/,
    );
  });

  it("does not blame the API for a dashboard problem", () => {
    expect(describeApiError(new TypeError("x is undefined"), "the disks")).toEqual({
      title: "Couldn't show the disks",
      explanation: "Something unexpected happened in the dashboard.",
    });
  });

  it("says a part's code could not be downloaded, without blaming the API", () => {
    const error = new CodeUnavailableError(
      new TypeError("Failed to fetch dynamically imported module"),
    );
    expect(describeApiError(error, "the disks")).toEqual({
      title: "Couldn't load the disks",
      explanation:
        "This part of the dashboard could not be downloaded. Check your connection, or reload the page if the dashboard was just updated.",
    });
  });
});
