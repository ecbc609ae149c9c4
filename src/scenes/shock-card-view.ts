/** Shock cards on the stage: an icon by side of the business (shape and colour), a title, one sentence. */
import type Phaser from 'phaser';
import { OKABE_ITO, THEME } from './palette';
import { type ShockCard, visibleCards } from './shock-text';
import { type CardSlot, cardSlots } from './stage-layout';
import { addText } from './text-style';

/** Draws one card at a slot; the container's origin is the slot's top-left corner. */
function addShockCard(scene: Phaser.Scene, card: ShockCard, slot: CardSlot): Phaser.GameObjects.Container {
  const stripe = card.side === 'demand' ? OKABE_ITO.reddishPurple : OKABE_ITO.orange;
  const panel = scene.add
    .rectangle(0, 0, slot.width, slot.height, THEME.panel)
    .setOrigin(0, 0)
    .setStrokeStyle(2, 0x1b1f24);
  const band = scene.add.rectangle(0, 0, 8, slot.height, stripe).setOrigin(0, 0);
  const icon = scene.add
    .image(34, 30, card.side === 'demand' ? 'shock-demand' : 'shock-supply')
    .setDisplaySize(32, 32);
  const side = addText(scene, 58, 8, card.side === 'demand' ? 'Demand shock' : 'Supply shock', {
    size: 14,
    colour: THEME.mutedText,
  });
  const title = addText(scene, 58, 26, card.title, { size: 16, bold: true, wrapWidth: slot.width - 66 });
  // A long title wraps; the sentence starts below whatever height it took.
  const detailY = Math.max(60, title.y + title.height + 6);
  const detail = addText(scene, 18, detailY, card.detail, { size: 14, wrapWidth: slot.width - 30 });
  return scene.add.container(slot.x, slot.y, [panel, band, icon, side, title, detail]);
}

/** Lays out a list of cards in the strip under `productCount` bands and returns their containers (in order). */
export function addShockCards(
  scene: Phaser.Scene,
  cards: ShockCard[],
  productCount: number,
): Phaser.GameObjects.Container[] {
  const shown = visibleCards(cards);
  const slots = cardSlots(shown.length, productCount);
  return shown.map((card, index) => addShockCard(scene, card, slots[index]));
}
