import { Profiler } from "react";
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { useInTurn } from "./use-in-turn";

function Part({ label, value }: { label: string; value: string }) {
  const shown = useInTurn(value, "loading");
  return (
    <p>
      {label}: {shown}
    </p>
  );
}

describe("parts that fill in at the same moment", () => {
  it("are drawn one after the other, in page order, each in a commit of its own", async () => {
    // What the page shows after each commit React makes.
    const commits: string[] = [];
    const host = document.createElement("div");
    document.body.append(host);
    render(
      <Profiler id="page" onRender={() => commits.push(host.textContent)}>
        <Part label="Overview" value="ready" />
        <Part label="Pricing" value="ready" />
      </Profiler>,
      // Turns are a production device: in development (StrictMode) the cleanup
      // of the first effect run hands the turn on, so the parts may share a
      // commit there, which the next test shows still draws every part.
      { container: host, reactStrictMode: false },
    );
    expect(await screen.findByText("Pricing: ready")).toBeInTheDocument();
    expect(commits).toEqual([
      "Overview: loadingPricing: loading",
      "Overview: readyPricing: loading",
      "Overview: readyPricing: ready",
    ]);
  });

  it("draws every part in development too, where effects run twice", async () => {
    render(
      <>
        <Part label="Overview" value="ready" />
        <Part label="Pricing" value="ready" />
      </>,
      { reactStrictMode: true },
    );
    expect(await screen.findByText("Overview: ready")).toBeInTheDocument();
    expect(await screen.findByText("Pricing: ready")).toBeInTheDocument();
  });

  it("shows the newest value, and a part that leaves does not hold up the rest", async () => {
    const { rerender } = render(
      <>
        <Part label="Overview" value="first" />
        <Part label="Disks" value="ready" />
        <Part label="Network" value="ready" />
      </>,
    );
    rerender(
      <>
        <Part label="Overview" value="second" />
        <Part label="Network" value="ready" />
      </>,
    );
    expect(await screen.findByText("Overview: second")).toBeInTheDocument();
    expect(await screen.findByText("Network: ready")).toBeInTheDocument();
    expect(screen.queryByText(/Disks/)).toBeNull();
  });
});
