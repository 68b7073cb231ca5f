import { Suspense } from "react";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { codeChunk, CodeUnavailableError, type Unavailable } from "./code-chunk";

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

/**
 * A chunk whose download fails until the test connects. React reports a
 * part's caught failure on the console; these tests expect it.
 */
function offlineChunk() {
  vi.spyOn(console, "error").mockImplementation(() => undefined);
  let online = false;
  const chunk = codeChunk(() =>
    online ? Promise.resolve({ Greeting }) : Promise.reject(new Error("offline")),
  );
  return {
    chunk,
    connect: () => {
      online = true;
    },
  };
}

/** What a part shows in these tests when it cannot be drawn. */
const unavailable: Unavailable = (error, retry) => (
  <div role="alert">
    {error instanceof CodeUnavailableError ? "Could not download" : "Could not draw"}
    <button type="button" onClick={retry}>
      Try again
    </button>
  </div>
);

/** A chunk whose download ends when the test says so. */
function deferredChunk() {
  let arrive: () => void = () => undefined;
  const arrived = new Promise<{ Greeting: typeof Greeting }>((resolve) => {
    arrive = () => {
      resolve({ Greeting });
    };
  });
  return { chunk: codeChunk(() => arrived), arrive };
}

describe("code kept out of the first load", () => {
  it("draws a part at once, without its fallback, when its code has arrived", async () => {
    const { chunk, arrive } = deferredChunk();
    const Part = chunk.part((m) => m.Greeting, unavailable);
    arrive();
    await chunk.preload();
    render(
      <Suspense fallback={<p>Arriving</p>}>
        <Part name="Ada" />
      </Suspense>,
    );
    // Synchronously: no frame of the fallback's shape.
    expect(screen.getByText("Hello Ada")).toBeInTheDocument();
    expect(screen.queryByText("Arriving")).toBeNull();
  });

  it("shows the fallback until the code arrives, then the part", async () => {
    const { chunk, arrive } = deferredChunk();
    const Part = chunk.part((m) => m.Greeting, unavailable);
    render(
      <Suspense fallback={<p>Arriving</p>}>
        <Part name="Ada" />
      </Suspense>,
    );
    expect(screen.getByText("Arriving")).toBeInTheDocument();
    await act(async () => {
      arrive();
      await chunk.preload();
    });
    expect(await screen.findByText("Hello Ada")).toBeInTheDocument();
  });

  it("downloads once however often it is asked, and asks again after a failure", async () => {
    let asked = 0;
    let fail = true;
    const chunk = codeChunk(() => {
      asked += 1;
      return fail ? Promise.reject(new Error("offline")) : Promise.resolve({ Greeting });
    });
    await expect(chunk.preload()).rejects.toBeInstanceOf(CodeUnavailableError);
    fail = false;
    await chunk.preload();
    await chunk.preload();
    expect(asked).toBe(2);
  });

  it("shows a part's problem in its place when its code cannot be downloaded, and Try again downloads it", async () => {
    const { chunk, connect } = offlineChunk();
    const Part = chunk.part((m) => m.Greeting, unavailable);
    render(
      <>
        <p>Rest of the page</p>
        <Suspense fallback={<p>Arriving</p>}>
          <Part name="Ada" />
        </Suspense>
      </>,
    );
    expect(await screen.findByRole("alert")).toHaveTextContent("Could not download");
    expect(screen.getByText("Rest of the page")).toBeInTheDocument();
    connect();
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("Hello Ada")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("downloads again by itself when the browser comes back online", async () => {
    const { chunk, connect } = offlineChunk();
    const Part = chunk.part((m) => m.Greeting, unavailable);
    render(
      <Suspense fallback={<p>Arriving</p>}>
        <Part name="Ada" />
      </Suspense>,
    );
    expect(await screen.findByRole("alert")).toHaveTextContent("Could not download");
    connect();
    act(() => {
      window.dispatchEvent(new Event("online"));
    });
    expect(await screen.findByText("Hello Ada")).toBeInTheDocument();
  });

  it("keeps a part that fails while drawing to itself", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    function Broken(): never {
      throw new Error("bug");
    }
    const chunk = codeChunk(() => Promise.resolve({ Broken }));
    await chunk.preload();
    const Part = chunk.part((m) => m.Broken, unavailable);
    render(
      <>
        <p>Rest of the page</p>
        <Part />
      </>,
    );
    expect(await screen.findByRole("alert")).toHaveTextContent("Could not draw");
    expect(screen.getByText("Rest of the page")).toBeInTheDocument();
  });

  it("draws every part that failed on the same code once one of them brings it", async () => {
    const { chunk, connect } = offlineChunk();
    const First = chunk.part((m) => m.Greeting, unavailable);
    const Second = chunk.part((m) => m.Greeting, unavailable);
    render(
      <Suspense fallback={<p>Arriving</p>}>
        <First name="Ada" />
        <Second name="Grace" />
      </Suspense>,
    );
    expect(await screen.findAllByRole("alert")).toHaveLength(2);
    connect();
    const [first] = screen.getAllByRole("button", { name: "Try again" });
    if (!first) throw new Error("no Try again button");
    await userEvent.click(first);
    expect(await screen.findByText("Hello Ada")).toBeInTheDocument();
    expect(await screen.findByText("Hello Grace")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
