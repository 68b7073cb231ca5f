import type { StateTone } from "@/lib/vm-state/vm-state";

const DOT: Record<StateTone, string> = {
  green: "#16a34a",
  amber: "#d97706",
  grey: "#64748b",
  red: "#dc2626",
  neutral: "#94a3b8",
};

/** The app's icon with a dot in the state's colour, as an SVG data URL. */
export function stateFaviconUrl(tone: StateTone): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#0f172a"/><path d="M7 9h12v4H7zm0 6h12v4H7z" fill="#38bdf8"/><circle cx="24" cy="24" r="7" fill="${DOT[tone]}" stroke="#fff" stroke-width="2"/></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}
