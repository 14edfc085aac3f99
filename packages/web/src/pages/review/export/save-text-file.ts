/**
 * Saves text as a file on the user's computer through the browser's own download (a Blob URL, revoked right
 * after): nothing is uploaded, and nothing happens until the user asks.
 */
export function saveTextFile(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; a short delay keeps older engines from cancelling it.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
