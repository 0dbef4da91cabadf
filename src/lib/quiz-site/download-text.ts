import { downloadBlob } from '~/lib/download-blob';

/** Offers `text` to the student as a file download (browser only). */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

/** Today's date as YYYY-MM-DD, for file names. */
export function dateStamp(date: Date = new Date()): string {
  return date.toISOString().slice(0, 10);
}
