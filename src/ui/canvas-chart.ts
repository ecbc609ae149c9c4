/**
 * A small line and bar chart drawn on a canvas: the few things the debrief and the instructor's charts need
 * (category months, one or two value axes, dashes and point shapes so colour is never the only cue, hatched
 * shock columns, a legend below, a tooltip of the month under the pointer), in about 6 KB instead of chart.js's
 * 57 KB. The canvas fills its parent box and follows its size; every chart also has a table beside it.
 */

/** Point shapes (chart.js's names, which the chart specs use). */
export type PointShape = 'circle' | 'rect' | 'triangle' | 'rectRot' | 'crossRot' | 'star';

/** One line, or one set of bars. */
export interface ChartSeries {
  label: string;
  data: readonly (number | null)[];
  colour: string;
  dash: readonly number[];
  point: PointShape;
  /** Line width (bars: border width). */
  width: number;
  /** Point radius in CSS pixels (default 5). */
  pointRadius?: number;
  /** Against the right-hand axis. */
  rightAxis?: boolean;
  /** Points only, no line. */
  markersOnly?: boolean;
  /** Bars drawn as outlines only. */
  hollow?: boolean;
  /** Join the line across missing values (default: a gap). */
  spanGaps?: boolean;
}

/** What a chart draws. */
export interface ChartOptions {
  kind: 'line' | 'bar';
  labels: readonly string[];
  /** Drawn in order: later series on top. */
  series: readonly ChartSeries[];
  xTitle?: string;
  yTitle: string;
  yMax?: number;
  rightTitle?: string;
  rightMax?: number;
  /** Indexes of labels whose columns are shaded and hatched. */
  bands?: readonly number[];
  /** Font sizes in CSS pixels. */
  font: { ticks: number; legend: number; axisTitle: number };
  /** How a value reads in the tooltip (default: grouped digits, at most two decimals). */
  format?: (value: number) => string;
}

const INK = '#1d2430';
const GRID = '#e3e8ee';
const FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const PAD = 10;

/** Grouped digits, at most two decimals: 12,500 or 0.25. */
const plain = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** A value axis: its ticks from 0 (or below, for negative data) to a round maximum. */
interface Axis {
  min: number;
  max: number;
  ticks: number[];
}

/** Bar charts with at most this many columns name every column (they are people, not months). */
const NAMED_COLUMNS = 6;

/** `text` as drawn in at most `width` pixels: whole, or cut with an ellipsis. */
export function fitText(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let cut = text;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** Round ticks covering [min, max], about `count` of them (steps of 1, 2, 2.5 or 5 times a power of ten). */
export function niceAxis(
  dataMin: number,
  dataMax: number,
  fixedMax: number | undefined,
  count: number,
): Axis {
  const low = Math.min(0, dataMin);
  let high = fixedMax ?? Math.max(dataMax, low + 1);
  if (high <= low) high = low + 1;
  const rough = (high - low) / Math.max(2, count);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  const min = Math.floor(low / step) * step;
  const max = fixedMax ?? Math.ceil(high / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let i = 0; min + i * step <= max + step * 1e-9; i++)
    ticks.push(Number((min + i * step).toPrecision(12)));
  return { min, max, ticks };
}

/** Draws a point shape centred on (x, y). */
function drawPoint(ctx: CanvasRenderingContext2D, shape: PointShape, x: number, y: number, r: number): void {
  ctx.beginPath();
  switch (shape) {
    case 'circle':
      ctx.arc(x, y, r, 0, Math.PI * 2);
      break;
    case 'rect':
      ctx.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
      break;
    case 'rectRot':
      ctx.moveTo(x, y - r * 1.2);
      ctx.lineTo(x + r * 1.2, y);
      ctx.lineTo(x, y + r * 1.2);
      ctx.lineTo(x - r * 1.2, y);
      ctx.closePath();
      break;
    case 'triangle':
      ctx.moveTo(x, y - r * 1.2);
      ctx.lineTo(x + r * 1.1, y + r * 0.8);
      ctx.lineTo(x - r * 1.1, y + r * 0.8);
      ctx.closePath();
      break;
    default: {
      // crossRot (×), and star (× and +): stroked only.
      const d = r * 0.9;
      ctx.moveTo(x - d, y - d);
      ctx.lineTo(x + d, y + d);
      ctx.moveTo(x - d, y + d);
      ctx.lineTo(x + d, y - d);
      if (shape === 'star') {
        ctx.moveTo(x - r, y);
        ctx.lineTo(x + r, y);
        ctx.moveTo(x, y - r);
        ctx.lineTo(x, y + r);
      }
      ctx.stroke();
      return;
    }
  }
  ctx.fill();
  ctx.stroke();
}

/** A diagonal hatch (a cue that does not depend on colour alone), or a tint where patterns are not available. */
function hatch(ctx: CanvasRenderingContext2D): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = 10;
  tile.height = 10;
  const t = tile.getContext('2d');
  if (!t) return 'rgba(213, 94, 0, 0.12)';
  t.fillStyle = 'rgba(213, 94, 0, 0.05)';
  t.fillRect(0, 0, 10, 10);
  t.strokeStyle = 'rgba(213, 94, 0, 0.3)';
  t.lineWidth = 2;
  t.beginPath();
  t.moveTo(0, 10);
  t.lineTo(10, 0);
  t.stroke();
  return ctx.createPattern(tile, 'repeat') ?? 'rgba(213, 94, 0, 0.12)';
}

/** The plot's frame and scales of one drawing, kept for the tooltip. */
interface Layout {
  left: number;
  right: number;
  top: number;
  bottom: number;
  xAt: (index: number) => number;
  slot: number;
}

/** A chart on a canvas; `resize()` follows the parent box, `resize(w, h)` fixes a size (for printing). */
export class CanvasChart {
  private readonly canvas: HTMLCanvasElement;
  private readonly options: ChartOptions;
  private readonly observer: ResizeObserver | null;
  private fixed: { width: number; height: number } | null = null;
  private hover: number | null = null;
  private layout: Layout | null = null;
  /** The hatch of shaded columns, made once per chart (hovering redraws often). */
  private hatchFill: CanvasPattern | string | null = null;
  private readonly onMove = (event: PointerEvent) => this.pointAt(event);
  private readonly onLeave = () => this.setHover(null);

  constructor(canvas: HTMLCanvasElement, options: ChartOptions) {
    this.canvas = canvas;
    this.options = options;
    canvas.style.display = 'block';
    canvas.addEventListener('pointermove', this.onMove);
    canvas.addEventListener('pointerleave', this.onLeave);
    const parent = canvas.parentElement;
    this.observer =
      parent && typeof ResizeObserver !== 'undefined' ? new ResizeObserver(() => this.draw()) : null;
    if (parent) this.observer?.observe(parent);
    this.draw();
  }

  /** Redraws at the parent box's size, or at a fixed size in CSS pixels. */
  resize(width?: number, height?: number): void {
    this.fixed = width !== undefined && height !== undefined ? { width, height } : null;
    this.draw();
  }

  /** The chart as a PNG data URL (white background). */
  toBase64Image(): string {
    const hover = this.hover;
    if (hover !== null) this.setHover(null);
    const url = this.canvas.toDataURL('image/png');
    if (hover !== null) this.setHover(hover);
    return url;
  }

  destroy(): void {
    this.observer?.disconnect();
    this.canvas.removeEventListener('pointermove', this.onMove);
    this.canvas.removeEventListener('pointerleave', this.onLeave);
  }

  private pointAt(event: PointerEvent): void {
    const layout = this.layout;
    const count = this.options.labels.length;
    if (!layout || count === 0) return;
    const box = this.canvas.getBoundingClientRect();
    const x = event.clientX - box.left;
    const y = event.clientY - box.top;
    if (
      x < layout.left - layout.slot / 2 ||
      x > layout.right + layout.slot / 2 ||
      y < layout.top ||
      y > layout.bottom
    ) {
      this.setHover(null);
      return;
    }
    let nearest = 0;
    for (let i = 1; i < count; i++)
      if (Math.abs(layout.xAt(i) - x) < Math.abs(layout.xAt(nearest) - x)) nearest = i;
    this.setHover(nearest);
  }

  private setHover(index: number | null): void {
    if (index === this.hover) return;
    this.hover = index;
    this.draw();
  }

  private draw(): void {
    const parent = this.canvas.parentElement;
    const width = Math.floor(this.fixed?.width ?? parent?.clientWidth ?? 300);
    const height = Math.floor(this.fixed?.height ?? parent?.clientHeight ?? 150);
    if (width <= 0 || height <= 0) return;
    const scale = window.devicePixelRatio || 1;
    const { canvas } = this;
    if (canvas.width !== Math.round(width * scale) || canvas.height !== Math.round(height * scale)) {
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
    }
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(scale, 0, 0, scale, 0, 0);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    this.paint(ctx, width, height);
  }

  private paint(ctx: CanvasRenderingContext2D, width: number, height: number): void {
    const o = this.options;
    const font = (size: number, bold = false) => `${bold ? 'bold ' : ''}${size}px ${FAMILY}`;
    const values = (right: boolean) =>
      o.series
        .filter((s) => !!s.rightAxis === right)
        .flatMap((s) => s.data.filter((v): v is number => v !== null));
    const hasRight = o.series.some((s) => s.rightAxis);

    // The legend below, in rows; then the plot above it.
    ctx.font = font(o.font.legend);
    // A narrow chart (a phone) gets shorter line samples and gaps, so its legend takes fewer rows.
    const narrow = width < 480;
    const sample = narrow ? 22 : 34;
    const gap = narrow ? 12 : 18;
    const items = o.series.map((s) => ({ s, w: sample + 6 + ctx.measureText(s.label).width }));
    const rows: { s: ChartSeries; w: number }[][] = [[]];
    let rowWidth = 0;
    for (const item of items) {
      const row = rows[rows.length - 1];
      if (row.length > 0 && rowWidth + gap + item.w > width - 2 * PAD) {
        rows.push([item]);
        rowWidth = item.w;
      } else {
        rowWidth += (row.length > 0 ? gap : 0) + item.w;
        row.push(item);
      }
    }
    const rowHeight = Math.round(o.font.legend * 1.6);
    const legendTop = height - PAD - rows.length * rowHeight;

    const top = PAD + o.font.ticks / 2;
    const xTitleHeight = o.xTitle ? o.font.axisTitle + 8 : 0;
    const bottom = legendTop - 10 - o.font.ticks - 8 - xTitleHeight;
    const plotHeight = Math.max(20, bottom - top);
    const tickCount = Math.max(2, Math.min(11, Math.floor(plotHeight / 26)));
    const leftValues = values(false);
    const left = niceAxis(Math.min(0, ...leftValues), Math.max(0, ...leftValues), o.yMax, tickCount);
    const rightValues = values(true);
    const right = hasRight
      ? niceAxis(Math.min(0, ...rightValues), Math.max(0, ...rightValues), o.rightMax, tickCount)
      : null;

    ctx.font = font(o.font.ticks);
    const tickWidth = (axis: Axis) => Math.max(...axis.ticks.map((t) => ctx.measureText(plain(t)).width));
    const plotLeft = PAD + o.font.axisTitle + 10 + tickWidth(left) + 8;
    const plotRight = width - PAD - (right ? o.font.axisTitle + 10 + tickWidth(right) + 8 : 8);
    const count = o.labels.length;
    const plotWidth = Math.max(20, plotRight - plotLeft);
    const slot = o.kind === 'bar' ? plotWidth / Math.max(1, count) : plotWidth / Math.max(1, count - 1);
    // Bars sit in the middle of their month's slot; line points at the slot edges (a single month in the middle).
    const xAt = (i: number) =>
      o.kind === 'bar'
        ? plotLeft + (i + 0.5) * slot
        : count === 1
          ? plotLeft + plotWidth / 2
          : plotLeft + i * slot;
    const yAt = (axis: Axis, v: number) => bottom - ((v - axis.min) / (axis.max - axis.min)) * plotHeight;
    this.layout = { left: plotLeft, right: plotLeft + plotWidth, top, bottom, xAt, slot };

    // Shaded columns, grid, axes' numbers and titles.
    if (o.bands?.length && count > 0) {
      this.hatchFill ??= hatch(ctx);
      ctx.fillStyle = this.hatchFill;
      const band = count === 1 ? plotWidth : slot;
      for (const i of o.bands) {
        const from = Math.max(plotLeft, xAt(i) - band / 2);
        const to = Math.min(plotLeft + plotWidth, xAt(i) + band / 2);
        ctx.fillRect(from, top, to - from, bottom - top);
      }
    }
    ctx.lineWidth = 1;
    ctx.strokeStyle = GRID;
    ctx.fillStyle = INK;
    ctx.textBaseline = 'middle';
    ctx.beginPath();
    for (const t of left.ticks) {
      const y = Math.round(yAt(left, t)) + 0.5;
      ctx.moveTo(plotLeft, y);
      ctx.lineTo(plotLeft + plotWidth, y);
    }
    // Too many labels for the width: a time axis shows every n-th; a few named columns (players) keep
    // every one, shortened to its column (the table beside the chart has the whole names).
    const labelWidth = Math.max(0, ...o.labels.map((l) => ctx.measureText(l).width));
    const named = o.kind === 'bar' && count <= NAMED_COLUMNS;
    const every = named ? 1 : Math.max(1, Math.ceil((labelWidth + 10) / Math.max(1, slot)));
    const shown = named ? o.labels.map((l) => fitText(ctx, l, slot - 10)) : o.labels;
    for (let i = 0; i < count; i += every) {
      const x = Math.round(xAt(i)) + 0.5;
      ctx.moveTo(x, top);
      ctx.lineTo(x, bottom);
    }
    ctx.stroke();
    ctx.textAlign = 'right';
    for (const t of left.ticks) ctx.fillText(plain(t), plotLeft - 8, yAt(left, t));
    if (right) {
      ctx.textAlign = 'left';
      for (const t of right.ticks) ctx.fillText(plain(t), plotLeft + plotWidth + 8, yAt(right, t));
    }
    ctx.textAlign = 'center';
    ctx.textBaseline = 'top';
    for (let i = 0; i < count; i += every) ctx.fillText(shown[i], xAt(i), bottom + 8);
    ctx.font = font(o.font.axisTitle, true);
    if (o.xTitle) ctx.fillText(o.xTitle, plotLeft + plotWidth / 2, bottom + 8 + o.font.ticks + 8);
    const verticalTitle = (text: string, x: number, turn: number) => {
      ctx.save();
      ctx.translate(x, top + plotHeight / 2);
      ctx.rotate(turn);
      ctx.textBaseline = 'middle';
      ctx.fillText(text, 0, 0);
      ctx.restore();
    };
    verticalTitle(o.yTitle, PAD + o.font.axisTitle / 2, -Math.PI / 2);
    if (right && o.rightTitle) verticalTitle(o.rightTitle, width - PAD - o.font.axisTitle / 2, Math.PI / 2);

    // The data: bars side by side in each month, or lines with their points.
    o.series.forEach((s, index) => {
      const axis = s.rightAxis && right ? right : left;
      ctx.strokeStyle = s.colour;
      ctx.fillStyle = s.colour;
      if (o.kind === 'bar') {
        const group = slot * 0.8;
        const barWidth = (group / o.series.length) * 0.9;
        s.data.forEach((v, i) => {
          if (v === null) return;
          const x = xAt(i) - group / 2 + (index + 0.05) * (group / o.series.length);
          const y = yAt(axis, Math.max(axis.min, v));
          const base = yAt(axis, Math.max(axis.min, 0));
          ctx.fillStyle = s.hollow ? '#ffffff' : s.colour;
          ctx.fillRect(x, Math.min(y, base), barWidth, Math.abs(base - y));
          ctx.lineWidth = s.width;
          ctx.strokeRect(
            x + s.width / 2,
            Math.min(y, base) + s.width / 2,
            barWidth - s.width,
            Math.abs(base - y) - s.width,
          );
        });
        return;
      }
      if (!s.markersOnly) {
        ctx.lineWidth = s.width;
        ctx.lineJoin = 'round';
        ctx.setLineDash([...s.dash]);
        ctx.beginPath();
        let drawing = false;
        s.data.forEach((v, i) => {
          if (v === null) {
            if (!s.spanGaps) drawing = false;
            return;
          }
          if (drawing) ctx.lineTo(xAt(i), yAt(axis, v));
          else ctx.moveTo(xAt(i), yAt(axis, v));
          drawing = true;
        });
        ctx.stroke();
        ctx.setLineDash([]);
      }
      ctx.lineWidth = s.markersOnly ? 3 : 1;
      const radius = s.pointRadius ?? 5;
      s.data.forEach((v, i) => {
        if (v !== null) drawPoint(ctx, s.point, xAt(i), yAt(axis, v), i === this.hover ? radius + 2 : radius);
      });
    });

    // The legend: a sample of each line (dash and point) or bar, and its name.
    ctx.font = font(o.font.legend);
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    rows.forEach((row, r) => {
      const total = row.reduce((n, item, i) => n + item.w + (i > 0 ? gap : 0), 0);
      let x = (width - total) / 2;
      const y = legendTop + r * rowHeight + rowHeight / 2;
      for (const { s, w } of row) {
        ctx.strokeStyle = s.colour;
        ctx.fillStyle = s.colour;
        if (o.kind === 'bar') {
          ctx.fillStyle = s.hollow ? '#ffffff' : s.colour;
          ctx.lineWidth = Math.min(3, s.width);
          ctx.fillRect(x + 6, y - 8, sample - 12, 16);
          ctx.strokeRect(x + 6, y - 8, sample - 12, 16);
        } else {
          if (!s.markersOnly) {
            ctx.lineWidth = Math.min(4, s.width);
            ctx.setLineDash(s.dash.map((d) => d * 0.6));
            ctx.beginPath();
            ctx.moveTo(x, y);
            ctx.lineTo(x + sample, y);
            ctx.stroke();
            ctx.setLineDash([]);
          }
          ctx.lineWidth = s.markersOnly ? 3 : 1;
          drawPoint(ctx, s.point, x + sample / 2, y, s.markersOnly ? 7 : narrow ? 4 : 5);
        }
        ctx.fillStyle = INK;
        ctx.fillText(s.label, x + sample + 6, y);
        x += w + gap;
      }
    });

    if (this.hover !== null) this.tooltip(ctx, this.hover, width);
  }

  /** The hovered month: a guide line and a box with every series' value. */
  private tooltip(ctx: CanvasRenderingContext2D, index: number, width: number): void {
    const o = this.options;
    const layout = this.layout;
    if (!layout) return;
    const format = o.format ?? plain;
    const lines = o.series
      .filter((s) => s.data[index] !== null && s.data[index] !== undefined)
      .map((s) => ({ s, text: `${s.label}: ${format(s.data[index] as number)}` }));
    const x = layout.xAt(index);
    ctx.strokeStyle = 'rgba(29, 36, 48, 0.35)';
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(Math.round(x) + 0.5, layout.top);
    ctx.lineTo(Math.round(x) + 0.5, layout.bottom);
    ctx.stroke();
    if (lines.length === 0) return;
    ctx.font = `bold 15px ${FAMILY}`;
    const title = o.labels[index];
    let boxWidth = ctx.measureText(title).width;
    ctx.font = `14px ${FAMILY}`;
    for (const line of lines) boxWidth = Math.max(boxWidth, ctx.measureText(line.text).width + 18);
    boxWidth += 16;
    const lineHeight = 19;
    const boxHeight = 12 + 20 + lines.length * lineHeight;
    let left = x + 12;
    if (left + boxWidth > width - 4) left = x - 12 - boxWidth;
    left = Math.max(4, left);
    const top = layout.top + 4;
    ctx.fillStyle = 'rgba(29, 36, 48, 0.92)';
    ctx.fillRect(left, top, boxWidth, boxHeight);
    ctx.fillStyle = '#ffffff';
    ctx.textAlign = 'left';
    ctx.textBaseline = 'top';
    ctx.font = `bold 15px ${FAMILY}`;
    ctx.fillText(title, left + 8, top + 6);
    ctx.font = `14px ${FAMILY}`;
    lines.forEach(({ s, text }, i) => {
      const y = top + 6 + 20 + i * lineHeight;
      ctx.fillStyle = s.colour;
      ctx.fillRect(left + 8, y + 3, 10, 10);
      ctx.strokeStyle = '#ffffff';
      ctx.strokeRect(left + 8, y + 3, 10, 10);
      ctx.fillStyle = '#ffffff';
      ctx.fillText(text, left + 26, y);
    });
  }
}
