import { usePrivacySwitch } from "@/lib/privacy/privacy-mode";
import { text } from "@/lib/text";

/** One switch that hides addresses and ids, for screenshots and screen sharing. */
export function PrivacyToggle() {
  const { on, setOn } = usePrivacySwitch();
  return (
    <button
      type="button"
      role="switch"
      aria-checked={on}
      onClick={() => {
        setOn(!on);
      }}
      // The whole name ("Privacy mode"), which the visible word is part of:
      // the languages do not put the two words in the same order.
      aria-label={text.privacy.name}
      title={text.privacy.toggleHint}
      className="flex min-h-11 items-center gap-2 rounded-full px-2 text-sm font-medium text-slate-700 hover:bg-slate-200/70 dark:text-slate-200 dark:hover:bg-slate-800"
    >
      <span
        aria-hidden="true"
        className={`relative inline-block h-6 w-10 rounded-full transition-colors ${on ? "bg-sky-700 dark:bg-sky-500" : "bg-slate-300 dark:bg-slate-700"}`}
      >
        <span
          className={`absolute top-0.5 start-0 size-5 rounded-full bg-white shadow transition-transform motion-reduce:transition-none ${on ? "translate-x-[18px] rtl:-translate-x-[18px]" : "translate-x-[2px] rtl:-translate-x-[2px]"}`}
        />
      </span>
      {text.privacy.toggle}
    </button>
  );
}
