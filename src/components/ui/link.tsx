import type { AnchorHTMLAttributes } from "react";
import { useHref, useLinkClickHandler } from "react-router";

interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> {
  /** A page of the dashboard (`paths.….href()`), never another site's address. */
  to: string;
}

/**
 * A link to another page of the dashboard, followed without reloading it;
 * a click with a modifier key, or any button but the main one, is left to
 * the browser (a new tab, a download). React Router's own Link also
 * prefetches pages, masks addresses and opens other sites, which the
 * dashboard never asks of it, and that code came with every first load.
 */
export function Link({ to, onClick, target, ...rest }: LinkProps) {
  const href = useHref(to);
  const follow = useLinkClickHandler(to, { target });
  return (
    <a
      {...rest}
      href={href}
      target={target}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) follow(event);
      }}
    />
  );
}
