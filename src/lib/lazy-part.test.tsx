import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { CodeUnavailableError, lazyPart, type Unavailable } from "./lazy-part";

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
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

const fallback = <p>Arriving</p>;

/**
 * A part whose download fails until the test connects. React reports a
 * part's caught failure on the console; these tests expect it.
 */
function offlinePart() {
  vi.spyOn(console, "error").mockImplementation(() => undefined);
  let online = false;
  let asked = 0;
  const Part = lazyPart(
    () => {
      asked += 1;
      return online ? Promise.resolve(Greeting) : Promise.reject(new Error("offline"));
    },
    { fallback, unavailable },
  );
  return {
    Part,
    connect: () => {
      online = true;
    },
    asked: () => asked,
  };
}

describe("a part whose code is kept out of the first load", () => {
  it("draws at once, without its fallback, once its code has arrived", async () => {
    const Part = lazyPart(() => Promise.resolve(Greeting), { fallback, unavailable });
    await Part.preload();
    render(<Part name="Ada" />);
    // Synchronously: no frame of the fallback's shape.
    expect(screen.getByText("Hello Ada")).toBeInTheDocument();
    expect(screen.queryByText("Arriving")).toBeNull();
  });

  it("shows the fallback until the code arrives, then the part", async () => {
    let arrive: () => void = () => undefined;
    const arrived = new Promise<typeof Greeting>((resolve) => {
      arrive = () => {
        resolve(Greeting);
      };
    });
    const Part = lazyPart(() => arrived, { fallback, unavailable });
    render(<Part name="Ada" />);
    expect(screen.getByText("Arriving")).toBeInTheDocument();
    await act(async () => {
      arrive();
      await arrived;
    });
    expect(await screen.findByText("Hello Ada")).toBeInTheDocument();
  });

  it("shows its problem in its place when its code cannot be downloaded, and Try again downloads it", async () => {
    const { Part, connect, asked } = offlinePart();
    render(
      <>
        <p>Rest of the page</p>
        <Part name="Ada" />
      </>,
    );
    expect(await screen.findByRole("alert")).toHaveTextContent("Could not download");
    expect(screen.getByText("Rest of the page")).toBeInTheDocument();
    connect();
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByText("Hello Ada")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(asked()).toBe(2);
  });

  it("downloads again by itself when the browser comes back online", async () => {
    const { Part, connect } = offlinePart();
    render(<Part name="Ada" />);
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
    const Part = lazyPart(() => Promise.resolve(Broken), { fallback, unavailable });
    render(
      <>
        <p>Rest of the page</p>
        <Part />
      </>,
    );
    expect(await screen.findByRole("alert")).toHaveTextContent("Could not draw");
    expect(screen.getByText("Rest of the page")).toBeInTheDocument();
  });

  it("draws every part that failed to download once one of them brings the code", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    let online = false;
    const load = () => (online ? Promise.resolve(Greeting) : Promise.reject(new Error("offline")));
    const First = lazyPart(load, { fallback, unavailable });
    const Second = lazyPart(load, { fallback, unavailable });
    render(
      <>
        <First name="Ada" />
        <Second name="Grace" />
      </>,
    );
    expect(await screen.findAllByRole("alert")).toHaveLength(2);
    online = true;
    const [first] = screen.getAllByRole("button", { name: "Try again" });
    if (!first) throw new Error("no Try again button");
    await userEvent.click(first);
    expect(await screen.findByText("Hello Ada")).toBeInTheDocument();
    expect(await screen.findByText("Hello Grace")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
