import { Suspense } from "react";
import { act, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { codeChunk } from "./code-chunk";

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

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
    const Part = chunk.part((m) => m.Greeting);
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
    const Part = chunk.part((m) => m.Greeting);
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
    await expect(chunk.preload()).rejects.toThrow("offline");
    fail = false;
    await chunk.preload();
    await chunk.preload();
    expect(asked).toBe(2);
  });
});
