/** How players join: the link, the short code (large, for a projector) and a QR code of the link. */
import { html, nothing, type TemplateResult } from 'lit-html';
import { copyText } from '../instructor/download';

const qrImages = new Map<string, string | null>();

/** The QR code of `link` as an image address, drawn once (qrcode loads on first use); `ready` is called when it is. */
export function qrImage(link: string, ready: () => void): string | null {
  if (qrImages.has(link)) return qrImages.get(link) ?? null;
  qrImages.set(link, null);
  import('qrcode')
    .then(({ default: QRCode }) =>
      QRCode.toDataURL(link, { errorCorrectionLevel: 'M', margin: 2, width: 280 }),
    )
    .then((url) => {
      qrImages.set(link, url);
      ready();
    })
    .catch(() => undefined);
  return null;
}

/** What the card draws. */
export interface JoinCardProps {
  joinCode: string;
  joinLink: string;
  consoleLink: string | null;
  status: string;
  onStatus(text: string): void;
  redraw(): void;
}

/** Draws the card. */
export function joinCard(p: JoinCardProps): TemplateResult {
  const qr = qrImage(p.joinLink, p.redraw);
  const copy = (text: string, what: string) => async () =>
    p.onStatus((await copyText(text)) ? `${what} copied.` : `Select the ${what.toLowerCase()} and copy it.`);
  return html`<section class="panel console-join" aria-labelledby="join-card-heading">
    <h2 id="join-card-heading">Players join here</h2>
    <div class="console-join-grid">
      <div>
        <p class="console-code-label">Join code</p>
        <p class="console-code">${p.joinCode}</p>
        <p class="console-link"><a href=${p.joinLink} target="_blank" rel="noopener">${p.joinLink}</a></p>
        <div class="actions">
          <button class="btn" type="button" @click=${copy(p.joinLink, 'Join link')}>Copy the join link</button>
          ${
            p.consoleLink
              ? html`<button class="btn btn-quiet" type="button" @click=${copy(p.consoleLink, 'Console link')}>
                Copy this console's secret link
              </button>`
              : nothing
          }
        </div>
        <p class="status-line" role="status">${p.status}</p>
      </div>
      ${qr ? html`<img class="console-qr" src=${qr} width="280" height="280" alt="QR code of the join link" />` : nothing}
    </div>
  </section>`;
}
