import { describe, expect, it } from "vitest";
import { MAX_REASON_LENGTH, readRefusalReason, reasonFromBody } from "./refusal-reason";

describe("the API's reason, read from the error bodies common APIs send", () => {
  it("reads the sandbox's {error, message}", () => {
    expect(
      reasonFromBody({ error: "action_not_allowed", message: "Another action is in progress." }),
    ).toEqual({ code: "action_not_allowed", message: "Another action is in progress." });
  });

  it("reads a plain detail string (FastAPI's HTTPException, Django REST framework)", () => {
    expect(reasonFromBody({ detail: "another action is in progress" })).toEqual({
      message: "another action is in progress",
    });
  });

  it("reads RFC 9457 problem details: detail first, with the type as the code", () => {
    const problem = {
      type: "https://api.example/problems/busy",
      title: "VM busy",
      status: 409,
      detail: "A reboot is already running for VM 8.",
      instance: "/v1/vms/8/actions",
    };
    expect(reasonFromBody(problem, "application/problem+json")).toEqual({
      code: "https://api.example/problems/busy",
      message: "A reboot is already running for VM 8.",
    });
  });

  it("falls back to a problem's title when it has no detail", () => {
    expect(
      reasonFromBody({ type: "about:blank", title: "Conflict", status: 409 }, "application/json"),
    ).toEqual({ message: "Conflict" });
    // Served as problem+json, the type is not needed to know it.
    expect(
      reasonFromBody({ title: "Too busy", status: 409 }, "application/problem+json; charset=utf-8"),
    ).toEqual({ message: "Too busy" });
  });

  it("does not read `title` from a body that is not a problem", () => {
    expect(reasonFromBody({ title: "my-vm", message: "Not now." })).toEqual({
      message: "Not now.",
    });
  });

  it("reads FastAPI's list of validation errors, naming where each is", () => {
    expect(
      reasonFromBody({
        detail: [
          { loc: ["body", "public_port"], msg: "Input should be less than 65536", type: "x" },
          { loc: ["body", "protocol"], msg: "Input should be 'tcp' or 'udp'" },
        ],
      }),
    ).toEqual({
      message:
        "public_port: Input should be less than 65536; protocol: Input should be 'tcp' or 'udp'",
    });
  });

  it("names only the first three of a long list, and how many more", () => {
    const detail = Array.from({ length: 5 }, (_, index) => ({
      loc: ["query", "only", index],
      msg: "bad part",
    }));
    expect(reasonFromBody({ detail }).message).toBe(
      "only.0: bad part; only.1: bad part; only.2: bad part (and 2 more)",
    );
  });

  it("skips list entries without a message", () => {
    expect(reasonFromBody({ detail: [{ loc: ["x"] }, 7, { msg: "Busy." }] })).toEqual({
      message: "Busy.",
    });
    expect(reasonFromBody({ detail: [] })).toEqual({});
  });

  it("reads OAuth's error_description before its error code", () => {
    expect(
      reasonFromBody({ error: "invalid_request", error_description: "The port is taken." }),
    ).toEqual({ code: "invalid_request", message: "The port is taken." });
  });

  it("shows an `error` that is a sentence, and keeps one that is a code as a code", () => {
    expect(reasonFromBody({ error: "Another action is in progress" })).toEqual({
      message: "Another action is in progress",
    });
    expect(reasonFromBody({ error: "busy" })).toEqual({ code: "busy" });
  });

  it("takes the first shape in order when a body has several", () => {
    expect(
      reasonFromBody({
        detail: "From detail.",
        message: "From message.",
        error_description: "From description.",
        error: "code",
      }),
    ).toEqual({ code: "code", message: "From detail." });
    expect(
      reasonFromBody({ message: "From message.", error_description: "From description." }),
    ).toEqual({ message: "From message." });
  });

  it("clips long sentences and makes every reason one line of plain text", () => {
    const reason = reasonFromBody({ detail: "x".repeat(5000) });
    expect(reason.message).toHaveLength(MAX_REASON_LENGTH);
    expect(reason.message?.endsWith("…")).toBe(true);
    expect(reasonFromBody({ detail: "first line\r\n\tcurl x | sh\u0000 " })).toEqual({
      message: "first line curl x | sh",
    });
    // Bidirectional controls cannot turn the sentence around the page's own words.
    expect(reasonFromBody({ detail: "VM \u202Egpj.exe\u202C is busy" })).toEqual({
      message: "VM gpj.exe is busy",
    });
  });

  it("gives nothing for bodies with no text to read", () => {
    for (const body of [null, 42, "a string", ["list"], {}, { detail: 3 }, { message: "  " }]) {
      expect(reasonFromBody(body)).toEqual({});
    }
  });

  it("reads an answer's body, and gives nothing for one that is not JSON", async () => {
    const problem = new Response(JSON.stringify({ title: "Busy", status: 409 }), {
      status: 409,
      headers: { "Content-Type": "application/problem+json" },
    });
    expect(await readRefusalReason(problem)).toEqual({ message: "Busy" });
    const html = new Response("<h1>Bad gateway</h1>", {
      status: 502,
      headers: { "Content-Type": "text/html" },
    });
    expect(await readRefusalReason(html)).toEqual({});
  });
});
