import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryRouter, RouterProvider, useLocation } from "react-router";
import { Link } from "./link";

function Where() {
  return <p>At {useLocation().pathname}</p>;
}

function openAt(path: string, link: ReactNode) {
  const router = createMemoryRouter(
    [
      {
        path: "*",
        element: (
          <>
            <Where />
            {link}
          </>
        ),
      },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe("Link", () => {
  it("points at the page and goes there without reloading", async () => {
    const router = openAt("/", <Link to="/vms/8">VM 8</Link>);
    const link = screen.getByRole("link", { name: "VM 8" });
    expect(link).toHaveAttribute("href", "/vms/8");
    await userEvent.click(link);
    expect(await screen.findByText("At /vms/8")).toBeInTheDocument();
    // A new entry in the history: Back returns to the page before.
    expect(router.state.historyAction).toBe("PUSH");
  });

  it("keeps its own attributes and lets its click handler stop the navigation", async () => {
    openAt(
      "/vms/8",
      <Link
        to="/"
        className="underline"
        onClick={(event) => {
          event.preventDefault();
        }}
      >
        Your VMs
      </Link>,
    );
    const link = screen.getByRole("link", { name: "Your VMs" });
    expect(link).toHaveClass("underline");
    await userEvent.click(link);
    expect(screen.getByText("At /vms/8")).toBeInTheDocument();
  });

  it("leaves a click with a modifier key to the browser (a new tab)", async () => {
    openAt("/", <Link to="/vms/8">VM 8</Link>);
    let prevented: boolean | undefined;
    const link = screen.getByRole("link", { name: "VM 8" });
    // Looked at after the link's own handler, then stopped so the test page stays.
    link.parentElement?.addEventListener("click", (event) => {
      prevented = event.defaultPrevented;
      event.preventDefault();
    });
    const user = userEvent.setup();
    await user.keyboard("{Control>}");
    await user.click(link);
    await user.keyboard("{/Control}");
    expect(prevented).toBe(false);
    expect(screen.getByText("At /")).toBeInTheDocument();
  });
});
