import { useId, useState } from "react";
import type { SignedInPerson } from "@/lib/auth/signed-in-person";
import { Button } from "@/components/ui/button";
import { LanguagePicker } from "./language-picker";
import { text } from "@/lib/text";
import { graphemeSegmenter } from "@/utils/intl-formats";

interface UserMenuProps {
  person: SignedInPerson;
  onSignOut: () => void;
}

/**
 * The first grapheme of a word: "É" of "Émile", the whole flag or family emoji.
 * Below U+0300 a character followed by another such character is a grapheme
 * on its own, which is every Latin name; only other words load the locale's
 * segmentation rules, a cost the first paint should not pay for "Ada".
 */
function firstGrapheme(word: string): string {
  const simple = (index: number) => index >= word.length || word.charCodeAt(index) < 0x300;
  if (simple(0) && simple(1)) return word.charAt(0);
  return graphemeSegmenter().segment(word)[Symbol.iterator]().next().value?.segment ?? "";
}

function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => firstGrapheme(word).toUpperCase());
  return letters.join("") || "?";
}

/** Who is signed in, the dashboard's language, and the way out. */
export function UserMenu({ person, onSignOut }: UserMenuProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div
      className="relative"
      onKeyDown={(event) => {
        if (event.key === "Escape") setOpen(false);
      }}
    >
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen((value) => !value);
        }}
        className="flex min-h-11 items-center gap-2 rounded-full py-1 ps-1 pe-3 text-sm font-medium text-slate-700 hover:bg-slate-200/70 dark:text-slate-200 dark:hover:bg-slate-800"
      >
        <span
          aria-hidden="true"
          className="grid size-9 place-items-center rounded-full bg-sky-700 text-xs font-semibold text-white dark:bg-sky-500 dark:text-slate-950"
        >
          {initials(person.displayName)}
        </span>
        <span className="sr-only">{text.signIn.account}</span>
        {/* The name needs room a phone's header does not have; the menu shows it. */}
        <bdi className="sr-only max-w-[10rem] truncate sm:not-sr-only">{person.displayName}</bdi>
      </button>
      {open ? (
        <div
          id={panelId}
          className="absolute end-0 z-20 mt-2 w-64 rounded-xl border border-slate-200 bg-white p-4 shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          <p className="truncate font-medium" dir="auto">
            {person.displayName}
          </p>
          {person.email ? (
            <p className="truncate text-sm text-slate-600 dark:text-slate-400" dir="ltr">
              {person.email}
            </p>
          ) : null}
          <LanguagePicker />
          <Button className="mt-3 w-full" onClick={onSignOut}>
            {text.signIn.signOut}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
