import { randomBytes } from 'node:crypto';

// The browser version's downloads of files too large to travel inside an API answer (备份到…: a ten-year ledger is
// 1.2 GB, and a JSON string cannot hold it). The API call that made the file answers with a ticket; the web server
// (src-main/web.ts) streams the file to whoever brings the ticket, once. A download link cannot carry the launch
// token's header, so the ticket stands in for it: unguessable, handed only to a caller the API admitted, good for
// one request and a short while.

/** Where the web server serves a ticket's file: GET /download/<ticket>. */
export const DOWNLOAD_PATH = '/download/';

/** Long enough for the page to start the download after the call answers, short enough not to lie around. */
export const TICKET_LIFETIME_MS = 2 * 60 * 1000;

/** What a ticket stands for. */
export interface Offer {
  /** The file on disk. */
  file: string;
  /** The name the browser saves it under. */
  fileName: string;
  /** SHA-256 of the file when it was checked (hex), sent with it so the receiver can tell it arrived whole. */
  sha256: string;
}

export class DownloadTickets {
  private readonly offers = new Map<string, { offer: Offer; expires: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** A one-time address for `offer.file`: the path part of the URL the browser fetches. */
  offer(offer: Offer): string {
    this.forgetExpired();
    // 32 random bytes: as hard to guess as the launch token.
    const ticket = randomBytes(32).toString('hex');
    this.offers.set(ticket, { offer, expires: this.now() + TICKET_LIFETIME_MS });
    return `${DOWNLOAD_PATH}${ticket}`;
  }

  /** The offer a ticket stands for, taking it (a ticket works once); null when unknown, used or expired. */
  redeem(ticket: string): Offer | null {
    this.forgetExpired();
    const held = this.offers.get(ticket);
    this.offers.delete(ticket);
    return held?.offer ?? null;
  }

  private forgetExpired(): void {
    const now = this.now();
    for (const [ticket, { expires }] of this.offers) if (expires <= now) this.offers.delete(ticket);
  }
}
