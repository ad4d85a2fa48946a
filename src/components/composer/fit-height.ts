/** Grow a text area with its text up to its maximum block size, then let it scroll (class `scrolls`). */
export function fitHeight(area: HTMLTextAreaElement): void {
  area.style.blockSize = 'auto';
  const border = area.offsetHeight - area.clientHeight;
  area.style.blockSize = `${area.scrollHeight + border}px`;
  const max = parseFloat(getComputedStyle(area).maxBlockSize);
  area.classList.toggle('scrolls', Number.isFinite(max) && area.scrollHeight + border > max);
}
