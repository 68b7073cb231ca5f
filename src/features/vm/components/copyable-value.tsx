import { CopyButton } from "@/components/ui/copy-button";
import { usePrivacyMode } from "@/lib/privacy/privacy-mode";
import { clipboardText, type CopyKind } from "@/utils/copy-value";

interface CopyableValueProps {
  value: string;
  /** What it is, for the copy button: "public IP". */
  label: string;
  /** What the value claims to be; anything else is shown and copied as one line of text. */
  kind: CopyKind;
  /** Hidden in privacy mode (addresses, ids): shown and copied as •••. */
  private?: boolean;
}

/**
 * A value with a copy button; in privacy mode the mask is shown and copied.
 * What is shown is what is copied: a value that is not what it claims to be
 * shows its control characters as escapes on screen too.
 */
export function CopyableValue({
  value,
  label,
  kind,
  private: isPrivate = false,
}: CopyableValueProps) {
  const { mask } = usePrivacyMode();
  const shown = clipboardText(isPrivate ? mask(value) : value, kind);
  return (
    <span className="inline-flex max-w-full flex-wrap items-center gap-x-1">
      <span className="min-w-0 font-mono text-sm break-all">{shown}</span>
      <CopyButton value={shown} kind={kind} label={label} />
    </span>
  );
}
