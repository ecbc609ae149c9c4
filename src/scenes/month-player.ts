/** Plays a month's steps on the company picture with tweens; can be skipped to the final picture. */
import type Phaser from 'phaser';
import type { Scenario } from '../engine/scenario-types';
import type { MonthReport } from '../engine/types';
import type { CompanyView } from './company-view';
import { showFinalPicture } from './final-picture';
import { drawMarker } from './markers';
import { deliveryNotes, type MonthStep, monthDuration, monthSteps, tokenCount } from './month-steps';
import { OKABE_ITO, productStyle } from './palette';
import { type Checkpoint, type ProductFigures, reportFigures } from './product-figures';
import type { ProductRowView } from './product-row-view';
import { flowInsets, stationPlace } from './stage-layout';

type Figures = Record<string, ProductFigures>;
type StepOf<K extends MonthStep['kind']> = Extract<MonthStep, { kind: K }>;

/** Runs one month at a time; a new play or `skip()` settles the current one on its final picture. */
export class MonthPlayer {
  private readonly scene: Phaser.Scene;
  private readonly view: CompanyView;
  private tweens: Phaser.Tweens.Tween[] = [];
  private timers: Phaser.Time.TimerEvent[] = [];
  private tokens: Phaser.GameObjects.GameObject[] = [];
  private finish: (() => void) | null = null;
  private figures: Figures = {};

  constructor(scene: Phaser.Scene, view: CompanyView) {
    this.scene = scene;
    this.view = view;
  }

  /** Whether a month is playing. */
  get playing(): boolean {
    return this.finish !== null;
  }

  /** Animates the month (about 4 s) and resolves once the final picture is shown. */
  play(report: MonthReport, scenario: Scenario): Promise<void> {
    this.skip();
    const steps = monthSteps(report, scenario);
    this.view.setTitle(`Month ${report.month}: playing out…`);
    this.view.clearCards();
    this.view.stations.setUtilisation(0);
    this.showAt(report, 'start');
    return new Promise<void>((resolve) => {
      this.finish = () => {
        this.cleanUp();
        showFinalPicture(this.view, report, scenario);
        resolve();
      };
      for (const step of steps) {
        this.timers.push(this.scene.time.delayedCall(step.at, () => this.runStep(step, report)));
      }
      this.timers.push(this.scene.time.delayedCall(monthDuration(steps), () => this.skip()));
    });
  }

  /** Jumps to the end of the current month, if one is playing; its promise resolves. */
  skip(): void {
    const finish = this.finish;
    this.finish = null;
    finish?.();
  }

  /** Stops everything without drawing (the scene is going away). */
  stop(): void {
    this.finish = null;
    this.cleanUp();
  }

  private cleanUp(): void {
    for (const timer of this.timers) timer.remove(false);
    for (const tween of this.tweens) tween.stop();
    for (const token of this.tokens) token.destroy();
    this.timers = [];
    this.tweens = [];
    this.tokens = [];
  }

  private showAt(report: MonthReport, at: Checkpoint): void {
    this.figures = reportFigures(report, at);
    this.view.showFigures(this.figures, at === 'start' ? {} : deliveryNotes(report));
  }

  private runStep(step: MonthStep, report: MonthReport): void {
    if (step.kind === 'shocks') this.playShocks(step);
    else if (step.kind === 'materials') this.playMaterials(step, report);
    else if (step.kind === 'production') this.playProduction(step, report);
    else if (step.kind === 'shipping') this.playShipping(step, report);
    else this.playBacklog(step, report);
  }

  private playShocks(step: StepOf<'shocks'>): void {
    const cards = this.view.showCards(step.cards);
    cards.forEach((card, index) => {
      const y = card.y;
      card.setAlpha(0).setY(y - 40);
      this.tween({ targets: card, alpha: 1, y, delay: index * 180, duration: 450, ease: 'Back.Out' });
    });
  }

  /** A truck per product drives along its band to the materials store; a cut or late delivery gets a red cross. */
  private playMaterials(step: StepOf<'materials'>, report: MonthReport): void {
    const next = reportFigures(report, 'materials');
    const fromX = stationPlace('supplier').x + flowInsets().truckFrom;
    const toX = stationPlace('materials').x - flowInsets().truckTo;
    step.deliveries.forEach((delivery, index) => {
      const row = this.view.row(delivery.product);
      if (!row) return;
      const y = row.row.valueY + 10;
      const arrives = delivery.arrived > 0;
      const endX = arrives ? toX : (fromX + toX) / 2;
      const truck = this.scene.add.image(fromX, y, 'truck').setDisplaySize(44, 27).setDepth(2);
      this.tokens.push(truck);
      const delay = index * 120;
      const travel = step.duration * 0.6;
      this.tween({ targets: truck, x: endX, delay, duration: travel, ease: 'Sine.InOut' });
      // A truck that delivered unloads and leaves; one that brought nothing stays, crossed out.
      if (arrives)
        this.tween({ targets: truck, alpha: 0, delay: delay + travel, duration: step.duration * 0.25 });
      if (delivery.delayed + delivery.cut > 0) {
        this.timers.push(this.scene.time.delayedCall(delay + travel, () => this.crossOut(endX, y)));
      }
      this.countRow(row, next[delivery.product], step.duration * 0.8, ['supplier', 'materials']);
    });
    this.afterStep(step, report, 'materials');
  }

  private playProduction(step: StepOf<'production'>, report: MonthReport): void {
    const { gear } = this.view.stations;
    this.tween({
      targets: gear,
      angle: 360 * (0.5 + step.utilisation),
      duration: step.duration,
      ease: 'Linear',
    });
    this.counter(0, step.utilisation, step.duration * 0.8, (value) => {
      this.view.stations.setUtilisation(value, value >= step.utilisation ? step.overtimeHours : 0);
    });
    const next = reportFigures(report, 'production');
    for (const made of step.made) {
      const row = this.view.row(made.product);
      if (!row) continue;
      this.flowTokens(row, made.units, 'materials', 'warehouse', step.duration);
      this.countRow(row, next[made.product], step.duration * 0.9, ['materials', 'plant', 'warehouse']);
    }
    this.afterStep(step, report, 'production');
  }

  private playShipping(step: StepOf<'shipping'>, report: MonthReport): void {
    const next = reportFigures(report, 'shipping');
    for (const shipped of step.shipped) {
      const row = this.view.row(shipped.product);
      if (!row) continue;
      this.flowTokens(row, shipped.units, 'warehouse', 'customers', step.duration);
      this.countRow(row, next[shipped.product], step.duration * 0.9, ['warehouse', 'customers']);
    }
    this.afterStep(step, report, 'shipping');
  }

  private playBacklog(step: StepOf<'backlog'>, report: MonthReport): void {
    const next = reportFigures(report, 'end');
    for (const lost of step.lost) {
      const row = this.view.row(lost.product);
      if (!row) continue;
      this.countRow(row, next[lost.product], step.duration * 0.8, ['customers']);
      if (lost.units > 0) this.walkAway(row, step.duration);
    }
    this.afterStep(step, report, 'end');
  }

  /** At the end of a step, snap to its checkpoint (tweens may have been throttled). */
  private afterStep(step: MonthStep, report: MonthReport, at: Checkpoint): void {
    this.timers.push(this.scene.time.delayedCall(step.duration, () => this.showAt(report, at)));
  }

  private indexOf(row: ProductRowView): number {
    return this.view.rows.indexOf(row);
  }

  /** Moves a few product markers along the flow line between two stations, fading in and out. */
  private flowTokens(
    row: ProductRowView,
    units: number,
    from: 'materials' | 'warehouse',
    to: 'warehouse' | 'customers',
    duration: number,
  ): void {
    const count = tokenCount(units, row.product.baseDemand);
    const style = productStyle(this.indexOf(row));
    const offset = (this.indexOf(row) - (this.view.rows.length - 1) / 2) * 14;
    const startX = stationPlace(from).x + flowInsets().token;
    const endX = stationPlace(to).x - flowInsets().token;
    const y = stationPlace(from).iconY + offset;
    for (let i = 0; i < count; i += 1) {
      const token = this.scene.add.graphics({ x: startX, y }).setAlpha(0).setDepth(1);
      drawMarker(token, style.marker, 0, 0, 12, style.colour);
      this.tokens.push(token);
      const travel = duration * 0.55;
      const delay = (i * (duration - travel)) / Math.max(1, count);
      this.tween({ targets: token, x: endX, delay, duration: travel, ease: 'Sine.InOut' });
      this.tween({ targets: token, alpha: 1, delay, duration: travel / 2, yoyo: true, ease: 'Sine.Out' });
    }
  }

  /** Counts a row's numbers from what is shown to the next checkpoint. */
  private countRow(
    row: ProductRowView,
    target: ProductFigures,
    duration: number,
    stations: ('supplier' | 'materials' | 'plant' | 'warehouse' | 'customers')[],
  ): void {
    const current = this.figures[row.product.id];
    if (!current) return;
    const pairs = {
      supplier: [current.supplier, target.supplier],
      materials: [current.materials, target.materials],
      plant: [current.made, target.made],
      warehouse: [current.inventory, target.inventory],
      customers: [current.backlog, target.backlog],
    } as const;
    for (const station of stations) {
      const [from, to] = pairs[station];
      this.counter(from, to, duration, (value) => {
        if (station === 'customers') row.setBacklog(Math.round(value));
        else row.setValue(station, Math.round(value));
      });
    }
  }

  private counter(from: number, to: number, duration: number, apply: (value: number) => void): void {
    if (from === to) {
      apply(to);
      return;
    }
    const tween = this.scene.tweens.addCounter({
      from,
      to,
      duration,
      ease: 'Sine.Out',
      onUpdate: (t) => apply(t.getValue() ?? to),
    });
    this.tweens.push(tween);
  }

  /** A red cross over a delivery that did not (fully) arrive; the supplier's caption says why. */
  private crossOut(x: number, y: number): void {
    const cross = this.scene.add.graphics({ x, y }).setDepth(3);
    cross.lineStyle(5, OKABE_ITO.vermillion, 1);
    cross.lineBetween(-12, -12, 12, 12);
    cross.lineBetween(-12, 12, 12, -12);
    this.tokens.push(cross);
  }

  /** A customer leaves the queue and fades: orders lost to impatience. */
  private walkAway(row: ProductRowView, duration: number): void {
    const start = row.anchor('customers');
    const walker = this.scene.add
      .image(start.x + 60, start.y, 'customer')
      .setDisplaySize(16, 24)
      .setDepth(3);
    this.tokens.push(walker);
    this.tween({
      targets: walker,
      x: start.x + 76,
      y: start.y - 16,
      alpha: 0,
      duration: duration * 0.8,
      ease: 'Sine.In',
    });
  }

  private tween(config: Phaser.Types.Tweens.TweenBuilderConfig): void {
    this.tweens.push(this.scene.tweens.add(config));
  }
}
