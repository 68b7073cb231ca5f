import { CopyButton } from "@/components/ui/copy-button";
import { usePrivacyMode } from "@/lib/privacy/privacy-mode";

interface CopyableValueProps {
  value: string;
  /** What it is, for the copy button: "public IP". */
  label: string;
  /** Hidden in privacy mode (addresses, ids): shown and copied as •••. */
  private?: boolean;
}

/** A value with a copy button; in privacy mode the mask is shown and copied. */
export function CopyableValue({ value, label, private: isPrivate = false }: CopyableValueProps) {
  const { mask } = usePrivacyMode();
  const shown = isPrivate ? mask(value) : value;
  return (
    <span className="inline-flex max-w-full flex-wrap items-center gap-x-1">
      <span className="min-w-0 font-mono text-sm break-all">{shown}</span>
      <CopyButton value={shown} label={label} />
    </span>
  );
}
