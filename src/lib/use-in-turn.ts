import { startTransition, useEffect, useState } from "react";

interface Turn {
  reveal: () => void;
}

// Parts of a page that fill in at the same moment take turns: each is drawn
// in a render and commit of its own, and the next starts once the previous
// one is on the page. One commit for all of them would lay the whole page out
// in one long task; in turns, each layout is a fraction of it.
const waiting: Turn[] = [];
let current: Turn | undefined;

function advance() {
  current = waiting.shift();
  current?.reveal();
}

function request(turn: Turn) {
  waiting.push(turn);
  if (current === undefined) advance();
}

function release(turn: Turn) {
  if (current === turn) {
    advance();
    return;
  }
  const index = waiting.indexOf(turn);
  if (index >= 0) waiting.splice(index, 1);
}

/**
 * `value`, drawn in its turn: like `useDeferredValue(value, initial)` (the
 * previous value stays on screen meanwhile, and the new one is drawn as a
 * transition, in short slices), but never in the same commit as another
 * part's new value.
 */
export function useInTurn<T>(value: T, initial: T): T {
  const [shown, setShown] = useState(initial);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    const turn: Turn = {
      reveal: () => {
        startTransition(() => {
          setShown(value);
        });
      },
    };
    request(turn);
    // Drawn (or replaced by a newer value, or gone): the next part's turn.
    return () => {
      release(turn);
    };
  }, [value, shown]);
  return shown;
}
