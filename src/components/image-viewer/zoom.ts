/**
 * The image viewer's geometry: how a picture fits the screen, and zooming and panning it. Pure,
 * so Node tests reach it. Coordinates are pixels from the centre of the stage; the picture is
 * drawn as `translate(x, y) scale(scale)` around its centre.
 */

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface ZoomView {
  readonly scale: number;
  readonly x: number;
  readonly y: number;
}

export const FIT: ZoomView = Object.freeze({ scale: 1, x: 0, y: 0 });
export const MAX_SCALE = 8;
/** Where a double-click or double-tap goes from the fitted picture. */
const DOUBLE_TAP_SCALE = 2.5;
/** How much the + and − buttons and keys zoom per press. */
export const ZOOM_STEP = 1.5;

/** The picture's size fitted inside the stage, both axes, never enlarged past its own size. */
export function fitSize(picture: Size, stage: Size): Size {
  if (picture.width <= 0 || picture.height <= 0 || stage.width <= 0 || stage.height <= 0) return { width: 0, height: 0 };
  const ratio = Math.min(stage.width / picture.width, stage.height / picture.height, 1);
  return { width: picture.width * ratio, height: picture.height * ratio };
}

/** Keeps the scale within [1, MAX_SCALE] and the picture over the stage: no empty band on a side it overflows. */
export function clampView(view: ZoomView, fitted: Size, stage: Size): ZoomView {
  const scale = Math.min(MAX_SCALE, Math.max(1, Number.isFinite(view.scale) ? view.scale : 1));
  const limitX = Math.max(0, (fitted.width * scale - stage.width) / 2);
  const limitY = Math.max(0, (fitted.height * scale - stage.height) / 2);
  const clamp = (v: number, limit: number) => (Number.isFinite(v) ? Math.min(limit, Math.max(-limit, v)) : 0);
  return { scale, x: clamp(view.x, limitX), y: clamp(view.y, limitY) };
}

/** Zooms by `factor` keeping the point under `at` (from the stage centre) where it is, as maps do. */
export function zoomAt(view: ZoomView, factor: number, at: Point, fitted: Size, stage: Size): ZoomView {
  const scale = Math.min(MAX_SCALE, Math.max(1, view.scale * factor));
  const ratio = scale / view.scale;
  return clampView({ scale, x: at.x - (at.x - view.x) * ratio, y: at.y - (at.y - view.y) * ratio }, fitted, stage);
}

/** Moves the zoomed picture by a drag of (dx, dy). */
export function panBy(view: ZoomView, dx: number, dy: number, fitted: Size, stage: Size): ZoomView {
  return clampView({ scale: view.scale, x: view.x + dx, y: view.y + dy }, fitted, stage);
}

/** A double-click or double-tap: zoom in at the point, or back to the fitted picture. */
export function toggleZoom(view: ZoomView, at: Point, fitted: Size, stage: Size): ZoomView {
  return view.scale > 1 ? FIT : zoomAt(FIT, DOUBLE_TAP_SCALE, at, fitted, stage);
}

/** A horizontal swipe on the fitted picture: -1 (previous), 1 (next) or 0; mirrored right-to-left. */
export function swipeDirection(dx: number, dy: number, rtl = false): -1 | 0 | 1 {
  if (Math.abs(dx) < 50 || Math.abs(dx) < Math.abs(dy) * 1.5) return 0;
  const forward = dx < 0 ? 1 : -1;
  return (rtl ? -forward : forward) as -1 | 1;
}
