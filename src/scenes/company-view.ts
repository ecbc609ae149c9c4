/** The whole picture of the company: title, stations, one band per product, shock cards. */
import type Phaser from 'phaser';
import type { ProductSpec } from '../engine/scenario-types';
import { THEME } from './palette';
import type { ProductFigures } from './product-figures';
import { ProductRowView } from './product-row-view';
import { addShockCards } from './shock-card-view';
import type { ShockCard } from './shock-text';
import { CARD_NOTE_OFFSET, cardsTop, productRows, STAGE_SIZE, stageWidth } from './stage-layout';
import { StationView } from './station-view';
import { addText } from './text-style';

/** Holds the stage's game objects and redraws them from plain figures; it decides nothing. */
export class CompanyView {
  /** Stations, gear and gauge. */
  readonly stations: StationView;
  /** One band per product, in the scenario's order. */
  rows: ProductRowView[] = [];
  private readonly scene: Phaser.Scene;
  private readonly title: Phaser.GameObjects.Text;
  private readonly cardsNote: Phaser.GameObjects.Text;
  private cards: Phaser.GameObjects.Container[] = [];
  private productKey = '';

  constructor(scene: Phaser.Scene) {
    this.scene = scene;
    scene.add.rectangle(0, 0, stageWidth(), STAGE_SIZE.height * 2, THEME.background).setOrigin(0, 0);
    this.title = addText(scene, 24, 14, '', { size: 20, bold: true });
    this.stations = new StationView(scene);
    this.cardsNote = addText(scene, stageWidth() / 2, cardsTop(1) + CARD_NOTE_OFFSET, '', {
      size: 16,
      colour: THEME.mutedText,
      originX: 0.5,
    });
  }

  /** Sets the heading at the top left. */
  setTitle(text: string): void {
    this.title.setText(text);
  }

  /** Rebuilds the product bands when the products change (1–3 of them). */
  setProducts(products: ProductSpec[]): void {
    const key = products.map((p) => `${p.id}:${p.name}`).join('|');
    if (key === this.productKey) return;
    this.productKey = key;
    for (const row of this.rows) row.destroy();
    const places = productRows(products.length);
    this.rows = products.map(
      (product, index) => new ProductRowView(this.scene, product, index, places[index]),
    );
    this.cardsNote.setY(cardsTop(products.length) + CARD_NOTE_OFFSET);
  }

  /** The band of a product, if shown. */
  row(productId: string): ProductRowView | undefined {
    return this.rows.find((row) => row.product.id === productId);
  }

  /** Shows figures per product id; `notes` adds a warning to the supplier's caption (late or cut deliveries). */
  showFigures(figures: Record<string, ProductFigures>, notes: Record<string, string> = {}): void {
    for (const row of this.rows) {
      const f = figures[row.product.id];
      if (f) row.show(f, { supplier: notes[row.product.id] });
    }
  }

  /** Replaces the shock cards; with none, shows `emptyNote` in their place. Returns the new cards. */
  showCards(cards: ShockCard[], emptyNote = ''): Phaser.GameObjects.Container[] {
    this.clearCards();
    this.cards = addShockCards(this.scene, cards, this.rows.length);
    this.cardsNote.setText(cards.length === 0 ? emptyNote : '');
    return this.cards;
  }

  /** Removes every shock card. */
  clearCards(): void {
    for (const card of this.cards) card.destroy(true);
    this.cards = [];
    this.cardsNote.setText('');
  }
}
