import { createHash, randomBytes } from 'node:crypto';
import { UserError } from './errors';

// Files the clerk chose to bring in (an old ledger in Excel or CSV, to import), held by the core between the call
// that receives one and the calls that read it (the preview, read again after the clerk moves the header, and the
// import itself). Held in memory, not written into the data folder: a few of them, for a while, then forgotten.

/** Larger than any register a 司法所 keeps in one sheet (ten thousand rows are about 2 MB), small enough to hold. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** How many are kept at once: the oldest is forgotten first. */
const KEPT = 4;
/** Long enough to look a preview through and correct it; a file left longer is chosen again. */
export const UPLOAD_LIFETIME_MS = 60 * 60 * 1000;

export interface Uploaded {
  id: string;
  name: string;
  size: number;
  /** SHA-256 (hex) of the bytes received, so a test or the page can tell the file arrived whole. */
  sha256: string;
}

interface Held extends Uploaded {
  bytes: Uint8Array;
  expires: number;
}

export class Uploads {
  private readonly held = new Map<string, Held>();

  constructor(private readonly now: () => number = Date.now) {}

  put(name: string, bytes: Uint8Array): Uploaded {
    if (bytes.length === 0) throw new UserError(`“${name}”是空文件，没有可导入的内容`);
    if (bytes.length > MAX_UPLOAD_BYTES)
      throw new UserError(
        `“${name}”太大（${(bytes.length / 1024 / 1024).toFixed(1)} MB，超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB）。请把各年度分成几个文件再导入`,
      );
    this.forgetExpired();
    while (this.held.size >= KEPT) this.held.delete(this.held.keys().next().value as string);
    const id = randomBytes(16).toString('hex');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const held: Held = { id, name, size: bytes.length, sha256, bytes, expires: this.now() + UPLOAD_LIFETIME_MS };
    this.held.set(id, held);
    return { id, name, size: held.size, sha256 };
  }

  /** The file received under `id`; a Chinese refusal when it was never received or has been forgotten. */
  get(id: string): { name: string; bytes: Uint8Array } {
    this.forgetExpired();
    const held = this.held.get(id);
    if (!held) throw new UserError('所选文件已过期（选好文件后一小时内有效），请重新选择文件');
    return { name: held.name, bytes: held.bytes };
  }

  private forgetExpired(): void {
    const now = this.now();
    for (const [id, held] of this.held) if (held.expires <= now) this.held.delete(id);
  }
}
