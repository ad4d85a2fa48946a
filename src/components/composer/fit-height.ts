/** Grows a text area with its text up to its maximum block size, then lets it scroll (class `scrolls`). */
export class HeightFitter {
  /** The text the area was last fitted to. */
  private fitted = '';

  /** Fit `area` to `text` when the text changed since the last fit. */
  fit(area: HTMLTextAreaElement | null | undefined, text: string): void {
    // An empty box never sized yet has its natural one-line height: measuring would lay out the page.
    if (!area || text === this.fitted || (!text && !area.style.blockSize)) return;
    this.fitted = text;
    area.style.blockSize = 'auto';
    const border = area.offsetHeight - area.clientHeight;
    area.style.blockSize = `${area.scrollHeight + border}px`;
    const max = parseFloat(getComputedStyle(area).maxBlockSize);
    area.classList.toggle('scrolls', Number.isFinite(max) && area.scrollHeight + border > max);
  }
}
