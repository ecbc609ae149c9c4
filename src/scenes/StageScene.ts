/** The stage: the company picture, idle or playing a month. The handle in stage.ts drives it. */
import Phaser from 'phaser';
import type { Scenario } from '../engine/scenario-types';
import type { MonthReport, ProductStock } from '../engine/types';
import { CompanyView } from './company-view';
import { showFinalPicture } from './final-picture';
import { MonthPlayer } from './month-player';
import { stockFigures } from './product-figures';
import { orderedProducts } from './stage-summary';

/** What the stage scene tells its owner. */
export interface StageSceneHooks {
  /** Called once the picture exists and the scene accepts calls. */
  onReady: (scene: StageScene) => void;
}

/** Draws the company and plays months; it reads plain data and decides nothing. */
export class StageScene extends Phaser.Scene {
  private readonly hooks: StageSceneHooks;
  private view: CompanyView | null = null;
  private player: MonthPlayer | null = null;

  constructor(hooks: StageSceneHooks) {
    super('Stage');
    this.hooks = hooks;
  }

  /** Builds the picture and reports readiness. */
  create(): void {
    this.view = new CompanyView(this);
    this.view.setTitle('Your company');
    this.view.stations.setUtilisation(null);
    this.player = new MonthPlayer(this, this.view);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.player?.stop());
    this.hooks.onReady(this);
  }

  /** The idle picture: stock per product at the start of a month, no shock cards. */
  showCompany(stock: Record<string, ProductStock>, scenario: Scenario): void {
    if (!this.view || !this.player) return;
    this.player.skip();
    const products = orderedProducts(scenario, Object.keys(stock));
    this.view.setProducts(products);
    this.view.setTitle('Your company today');
    this.view.stations.setUtilisation(null);
    const figures: Record<string, ReturnType<typeof stockFigures>> = {};
    for (const product of products) figures[product.id] = stockFigures(stock[product.id]);
    this.view.showFigures(figures);
    this.view.showCards([], 'Shocks of the month will show here as cards.');
  }

  /** Plays a month, or with `still` draws its final picture at once. */
  playMonth(report: MonthReport, scenario: Scenario, still: boolean): Promise<void> {
    if (!this.view || !this.player) return Promise.resolve();
    this.view.setProducts(orderedProducts(scenario, Object.keys(report.products)));
    if (still) {
      this.player.skip();
      showFinalPicture(this.view, report, scenario);
      return Promise.resolve();
    }
    return this.player.play(report, scenario);
  }

  /** Finishes the month being played, if any. */
  skip(): void {
    this.player?.skip();
  }
}
