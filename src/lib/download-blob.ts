/**
 * Offers `blob` to the reader as a file download named `fileName` (browser only): the graph
 * explorer's exports and the quiz progress files both go through here.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; some seconds later is safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
