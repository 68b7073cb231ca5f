import { startTransition, useEffect, useState, type ReactNode } from "react";
import { flushSync } from "react-dom";
import { Button } from "./button";
import { formatCount } from "@/utils/intl-formats";
import { text } from "@/lib/text";

interface ShowMoreProps<T> {
  items: readonly T[];
  /** How many are shown at first and added per press. */
  step: number;
  /** Plural noun for the button: "port mappings". */
  noun: string;
  children: (visible: readonly T[]) => ReactNode;
}

/**
 * Shows a long list in steps, so a VM with thousands of port mappings opens
 * as fast as one with three; everything stays one press away, and print
 * media gets every item.
 */
export function ShowMore<T>({ items, step, noun, children }: ShowMoreProps<T>) {
  const [count, setCount] = useState(step);
  // A printed page has no buttons to press: everything is shown before it prints.
  useEffect(() => {
    const expand = () => {
      flushSync(() => {
        setCount(Number.POSITIVE_INFINITY);
      });
    };
    window.addEventListener("beforeprint", expand);
    return () => {
      window.removeEventListener("beforeprint", expand);
    };
  }, []);
  const visible = items.length <= count ? items : items.slice(0, count);
  const hidden = items.length - visible.length;
  return (
    <>
      {children(visible)}
      {hidden > 0 ? (
        <div className="mt-4 flex flex-wrap items-center gap-3 print:hidden">
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {text.list.showing(formatCount(visible.length), formatCount(items.length), noun)}
          </p>
          <Button
            onClick={() => {
              // A transition: the press answers at once, the rows follow.
              startTransition(() => {
                setCount((shown) => shown + step);
              });
            }}
          >
            {text.list.showMore(formatCount(Math.min(step, hidden)))}
          </Button>
          <Button
            variant="ghost"
            onClick={() => {
              startTransition(() => {
                setCount(items.length);
              });
            }}
          >
            {text.list.showAll}
          </Button>
        </div>
      ) : null}
    </>
  );
}
