/**
 * Arrow keys, Home and End move between a toolbar's enabled buttons (one tab stop for the
 * toolbar; Left and Right swap in right-to-left text). True when the key was used.
 */
export function moveToolbarFocus(event: KeyboardEvent, buttons: readonly HTMLButtonElement[], rtl: boolean): boolean {
  if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return false;
  const index = buttons.indexOf(event.target as HTMLButtonElement);
  if (index < 0 || buttons.length === 0) return false;
  event.preventDefault();
  const forward = event.key === 'ArrowRight' ? !rtl : event.key === 'ArrowLeft' ? rtl : undefined;
  const next = event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : (index + (forward ? 1 : -1) + buttons.length) % buttons.length;
  buttons.forEach((button, i) => (button.tabIndex = i === next ? 0 : -1));
  buttons[next]!.focus();
  return true;
}
