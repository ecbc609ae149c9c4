/** One product's band: its name and marker, a number per station, and the queue of waiting customers. */

import type Phaser from 'phaser';
import type { ProductSpec } from '../engine/scenario-types';
import { formatCount } from '../engine/words/formats';
import { drawMarker } from './markers';
import { productStyle, THEME } from './palette';
import { orderedHeadline, type ProductFigures } from './product-figures';
import {
  backlogPlace,
  captionWrap,
  customersColumn,
  headlinePlace,
  MAX_QUEUE_ICONS,
  narrowStage,
  type ProductRow,
  queueIconCount,
  queueIconXs,
  STATION_TEXT,
  stageWidth,
  stationPlace,
} from './stage-layout';
import { addText } from './text-style';

const VALUE_STATIONS = ['supplier', 'materials', 'plant', 'warehouse'] as const;
type ValueStation = (typeof VALUE_STATIONS)[number];

/** Plant caption when production fell short. */
const LIMIT_CAPTIONS = {
  none: 'made',
  capacity: 'made (plant full)',
  materials: 'made (short of materials)',
};

/** The customers' caption when some gave up waiting: on the narrow picture in two short lines, which fit the last
 * column ("waiting", "! 34 lost"); on the wide one on a line. */
function gaveUpCaption(lost: number): string {
  return narrowStage() ? `waiting\n! ${formatCount(lost)} lost` : `! waiting · ${formatCount(lost)} gave up`;
}

/** The game objects of a product's band; `show` updates them all from one set of figures. */
export class ProductRowView {
  /** The product this band shows. */
  readonly product: ProductSpec;
  /** The band's position. */
  readonly row: ProductRow;
  private readonly container: Phaser.GameObjects.Container;
  private readonly values = new Map<ValueStation, Phaser.GameObjects.Text>();
  private readonly captions = new Map<ValueStation, Phaser.GameObjects.Text>();
  private readonly backlogText: Phaser.GameObjects.Text;
  private readonly queue: Phaser.GameObjects.Image[] = [];
  private readonly overflow: Phaser.GameObjects.Text;
  private readonly waiting: Phaser.GameObjects.Text;
  private readonly headline: Phaser.GameObjects.Text;

  constructor(scene: Phaser.Scene, product: ProductSpec, index: number, row: ProductRow) {
    this.product = product;
    this.row = row;
    const style = productStyle(index);
    this.container = scene.add.container(0, 0);
    const band = scene.add
      .rectangle(12, row.top, stageWidth() - 24, row.height - 6, THEME.panel, 0.85)
      .setOrigin(0, 0)
      .setStrokeStyle(1, THEME.panelStroke);
    const marker = scene.add.graphics();
    drawMarker(marker, style.marker, 30, row.nameY + 10, 14, style.colour);
    const name = addText(scene, 44, row.nameY, product.name, { size: 15, bold: true });
    const head = headlinePlace(row);
    this.headline = addText(scene, head.x, head.y, '', {
      size: 14,
      originX: head.originX,
      wrapWidth: head.wrap,
    });
    this.container.add([band, marker, name, this.headline]);
    for (const station of VALUE_STATIONS) {
      const x = stationPlace(station).x;
      const value = addText(scene, x, row.valueY, '0', { size: 20, bold: true, originX: 0.5 });
      const caption = addText(scene, x, row.captionY, STATION_TEXT[station].caption, {
        size: 14,
        colour: THEME.mutedText,
        originX: 0.5,
        wrapWidth: captionWrap(),
        wholeWords: true,
        align: 'center',
      });
      this.values.set(station, value);
      this.captions.set(station, caption);
      this.container.add([value, caption]);
    }
    const backlog = backlogPlace();
    this.backlogText = addText(scene, backlog.x, row.valueY, '0', {
      size: 20,
      bold: true,
      originX: backlog.originX,
    });
    const xs = queueIconXs(MAX_QUEUE_ICONS);
    for (const x of xs) {
      const icon = scene.add
        .image(x, row.valueY + 12, 'customer')
        .setDisplaySize(16, 24)
        .setVisible(false);
      this.queue.push(icon);
    }
    const overflowX = xs.length > 0 ? xs[xs.length - 1] + 10 : backlog.x + 30;
    this.overflow = addText(scene, overflowX, row.valueY, '+', { size: 20, bold: true });
    const customers = customersColumn();
    this.waiting = addText(scene, customers.x, row.captionY, STATION_TEXT.customers.caption, {
      size: 14,
      colour: THEME.mutedText,
      originX: 0.5,
      wrapWidth: customers.wrap,
      wholeWords: true,
      align: 'center',
    });
    this.container.add([this.backlogText, ...this.queue, this.overflow, this.waiting]);
  }

  /** Shows one set of figures: every number, the captions that carry warnings, the queue. */
  show(figures: ProductFigures, notes: { supplier?: string } = {}): void {
    this.setValue('supplier', figures.supplier);
    this.setValue('materials', figures.materials);
    this.setValue('plant', figures.made);
    this.setValue('warehouse', figures.inventory);
    this.setBacklog(figures.backlog);
    const supplierCaption = notes.supplier
      ? `${figures.supplierCaption} · ${notes.supplier}`
      : figures.supplierCaption;
    this.setCaption('supplier', supplierCaption, Boolean(notes.supplier));
    this.setCaption('plant', LIMIT_CAPTIONS[figures.limitedBy], figures.limitedBy !== 'none');
    this.headline.setText(orderedHeadline(figures));
    const gaveUp = figures.lost > 0;
    this.waiting.setText(gaveUp ? gaveUpCaption(figures.lost) : STATION_TEXT.customers.caption);
    this.waiting.setColor(gaveUp ? THEME.badText : THEME.mutedText);
  }

  /** Sets one station's number. */
  setValue(station: ValueStation, units: number): void {
    this.values.get(station)!.setText(formatCount(units));
  }

  /** Sets the backlog count and the number of waiting-customer icons. */
  setBacklog(units: number): void {
    this.backlogText.setText(formatCount(units));
    const { icons, overflow } = queueIconCount(units, this.product.baseDemand);
    this.queue.forEach((icon, index) => {
      icon.setVisible(index < icons);
    });
    this.overflow.setVisible(overflow && this.queue.length > 0);
  }

  /** Centre of a station's number, where moving goods land. */
  anchor(station: ValueStation | 'customers'): { x: number; y: number } {
    return { x: stationPlace(station).x, y: this.row.valueY + 12 };
  }

  /** Destroys the band's objects. */
  destroy(): void {
    this.container.destroy(true);
  }

  private setCaption(station: ValueStation, text: string, warning: boolean): void {
    const caption = this.captions.get(station)!;
    caption.setText(warning ? `! ${text}` : text);
    caption.setColor(warning ? THEME.badText : THEME.mutedText);
  }
}
