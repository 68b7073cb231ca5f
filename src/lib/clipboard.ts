/**
 * Copies text with the Clipboard API. Resolves false when the browser refuses
 * (no permission, an insecure origin, an old phone browser), so the caller
 * can offer the text selected for a manual copy instead.
 */
export async function copyText(value: string): Promise<boolean> {
  try {
    // Absent on insecure origins and in some embedded browsers, whatever the types say.
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (!clipboard) return false;
    await clipboard.writeText(value);
    return true;
  } catch {
    return false;
  }
}
