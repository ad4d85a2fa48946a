/**
 * The files a paste carries to send as attachments, or none (the browser pastes as usual). Rich
 * text copied from an editor may carry a picture of itself: then the text is what was meant.
 * Copies, because some browsers empty clipboard files once the paste is over.
 */
export function pastedFiles(data: DataTransfer | null): File[] {
  const files = data ? [...data.files] : [];
  if (files.length === 0 || (data?.getData('text/plain') ?? '').trim() !== '') return [];
  return files.map((file) => new File([file], file.name || 'pasted', { type: file.type, lastModified: file.lastModified }));
}
