import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { SignedInPerson } from "@/lib/auth/signed-in-person";
import { UserMenu } from "./user-menu";

const ADA: SignedInPerson = {
  subject: "7247ba6a-b17d-4c72-94f1-a36108aee56d",
  displayName: "Ada Lovelace",
  email: "ada@example.com",
};

/** Nothing on screen reads as a broken value. */
function expectNoBrokenText(container: HTMLElement) {
  expect(container.textContent).not.toMatch(/NaN|Infinity|undefined|\[object Object\]/);
}

/** Half of a surrogate pair on its own, or the replacement character: a split emoji. */
const BROKEN_CHARACTER =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\uFFFD/;

function accountButton() {
  return screen.getByRole("button", { name: /^Account:/ });
}

describe("UserMenu", () => {
  it("shows who is signed in on a closed button", () => {
    const { container } = render(<UserMenu person={ADA} onSignOut={vi.fn()} />);
    const button = accountButton();
    expect(button).toHaveAttribute("aria-expanded", "false");
    expect(button).toHaveTextContent("Account: Ada Lovelace");
    expect(within(button).getByText("AL")).toHaveAttribute("aria-hidden", "true");
    expect(screen.queryByRole("button", { name: "Sign out" })).not.toBeInTheDocument();
    expectNoBrokenText(container);
  });

  it("opens with the button and shows the name, the email and the way out", async () => {
    const user = userEvent.setup();
    render(<UserMenu person={ADA} onSignOut={vi.fn()} />);
    await user.click(accountButton());
    expect(accountButton()).toHaveAttribute("aria-expanded", "true");
    const panelId = accountButton().getAttribute("aria-controls") ?? "";
    const panel = document.getElementById(panelId);
    expect(panel).not.toBeNull();
    const inPanel = within(panel as HTMLElement);
    expect(inPanel.getByText("Ada Lovelace")).toBeVisible();
    expect(inPanel.getByText("ada@example.com")).toBeVisible();
    expect(inPanel.getByRole("button", { name: "Sign out" })).toBeVisible();
  });

  it("closes with the button again", async () => {
    const user = userEvent.setup();
    render(<UserMenu person={ADA} onSignOut={vi.fn()} />);
    await user.click(accountButton());
    await user.click(accountButton());
    expect(accountButton()).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByText("ada@example.com")).not.toBeInTheDocument();
  });

  it("closes with Escape, from the button or from inside the menu", async () => {
    const user = userEvent.setup();
    render(<UserMenu person={ADA} onSignOut={vi.fn()} />);
    await user.click(accountButton());
    await user.keyboard("{Escape}");
    expect(accountButton()).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("button", { name: "Sign out" })).not.toBeInTheDocument();

    await user.click(accountButton());
    await user.tab();
    expect(screen.getByRole("combobox", { name: "Language" })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("button", { name: "Sign out" })).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("button", { name: "Sign out" })).not.toBeInTheDocument();
  });

  it("offers the three languages, each named in itself, the current one chosen", async () => {
    const user = userEvent.setup();
    render(<UserMenu person={ADA} onSignOut={vi.fn()} />);
    await user.click(accountButton());
    const language = screen.getByRole("combobox", { name: "Language" });
    expect(language).toHaveValue("en");
    expect(
      screen
        .getAllByRole("option")
        .map((option) => [option.textContent, option.getAttribute("lang")]),
    ).toEqual([
      ["English", "en"],
      ["Français", "fr"],
      ["العربية", "ar"],
    ]);
  });

  it("opens from the keyboard", async () => {
    const user = userEvent.setup();
    render(<UserMenu person={ADA} onSignOut={vi.fn()} />);
    await user.tab();
    expect(accountButton()).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("button", { name: "Sign out" })).toBeVisible();
  });

  it("calls back once when Sign out is pressed", async () => {
    const user = userEvent.setup();
    const onSignOut = vi.fn();
    render(<UserMenu person={ADA} onSignOut={onSignOut} />);
    expect(onSignOut).not.toHaveBeenCalled();
    await user.click(accountButton());
    await user.click(screen.getByRole("button", { name: "Sign out" }));
    expect(onSignOut).toHaveBeenCalledTimes(1);
  });

  it("leaves out the email line when there is no email", async () => {
    const user = userEvent.setup();
    const { container } = render(
      <UserMenu person={{ ...ADA, email: undefined }} onSignOut={vi.fn()} />,
    );
    await user.click(accountButton());
    expect(screen.queryByText(/@/)).not.toBeInTheDocument();
    expectNoBrokenText(container);
  });

  it.each([
    ["ada lovelace", "AL"],
    ["Ada", "A"],
    ["Ada Augusta King Lovelace", "AA"],
    ["  Ada   Lovelace  ", "AL"],
    ["😀 Smile", "😀S"],
    ["👩‍💻 Dev", "👩‍💻D"],
    ["🇩🇪 Berlin", "🇩🇪B"],
    ["山田 太郎", "山太"],
    ["Ελένη Παπαδοπούλου", "ΕΠ"],
    ["Ирина Петрова", "ИП"],
    ["عمر خالد", "عخ"],
    ["e\u0301lodie durand", "E\u0301D"],
  ])("draws the initials of %j as %j", (displayName, initials) => {
    render(<UserMenu person={{ ...ADA, displayName }} onSignOut={vi.fn()} />);
    const button = accountButton();
    const badge = within(button).getByText(initials);
    expect(badge.textContent).not.toMatch(BROKEN_CHARACTER);
    expect(button).toHaveTextContent(displayName.trim().replace(/\s+/g, " "));
  });

  it.each(["", "   "])("draws a question mark for the blank name %j", (displayName) => {
    render(<UserMenu person={{ ...ADA, displayName }} onSignOut={vi.fn()} />);
    expect(within(accountButton()).getByText("?")).toBeInTheDocument();
  });

  it("shows a hostile name as text", async () => {
    const user = userEvent.setup();
    const displayName = "<img src=x onerror=alert(1)>";
    const { container } = render(<UserMenu person={{ ...ADA, displayName }} onSignOut={vi.fn()} />);
    await user.click(accountButton());
    expect(screen.getAllByText(displayName)).toHaveLength(2);
    expect(container.querySelector("img")).toBeNull();
  });
});
