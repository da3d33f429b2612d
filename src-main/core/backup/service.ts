import fs from 'node:fs';
import path from 'node:path';
import type { BackupEntry, BackupKind, CreatedBackup, LedgerDamage, SavedCopy } from '../../../src-shared/backups';
import { DATABASE_FILE, DamagedDatabaseError, openCheckedLedger, type Ledger, type OpenOptions } from '../db/open';
import type { Actor } from '../audit';
import { DownloadTickets } from '../downloads';
import { UserError } from '../errors';
import { describeFileError, describeShortage, freeBytes } from '../fileErrors';
import type { LedgerSlot } from '../ledgerSlot';
import { MANIFEST_LEFTOVER, readManifest, writeManifest } from './manifest';
import { localDay, planRotation } from './rotation';
import {
  backupTo,
  copySize,
  describeBackupFile,
  parseBackupFileName,
  removeDatabaseFile,
  takeBackup,
} from './snapshot';
import { prepareStaged, RESTORE_STAGING, type RestoreRequest } from './restoreStaging';
import { copyInWorker, verifyInWorker } from './worker';

/** No ledger in `file`: missing or empty, with nothing in a -wal beside it either. */
function holdsNothing(file: string): boolean {
  const size = (name: string) => fs.statSync(name, { throwIfNoEntry: false })?.size ?? 0;
  return size(file) === 0 && size(`${file}-wal`) === 0;
}

/** What backupTo writes a copy as until it is whole (snapshot.ts), with the files SQLite keeps beside it. */
const PARTIAL_COPY = /\.partial(-journal|-wal|-shm)?$/;

export const BACKUP_FOLDER = '备份';

/**
 * Room a backup leaves on the disk beyond the copy itself: a disk filled to the last byte stops the ledger saving
 * (its journal needs room too) and makes the system itself misbehave.
 */
export const ROOM_TO_SPARE_BYTES = 64 * 1024 * 1024;

/** What the clerk calls the folders a backup writes in, for the messages that name them. */
const BACKUPS_PLACE = '备份文件夹';
const CHOSEN_PLACE = '所选的文件夹';

export interface BackupOptions extends OpenOptions {
  now?: () => Date;
  /**
   * The desktop's 备份到…: asks the clerk where to save (a save dialog), or null when cancelled. Without it (the
   * browser version) 备份到… keeps a manual copy here and offers it to the browser as a one-time download.
   */
  chooseSaveTarget?: (suggestedName: string) => Promise<string | null>;
  /**
   * Bytes free on the disk holding a folder, or null when unknown (fileErrors.ts's freeBytes). A test gives another
   * figure to see the refusal without filling a disk.
   */
  freeSpace?: (folder: string) => number | null;
}

/** Why the recovery screen is shown when SQLite's check of the database file failed. */
export const FAILED_CHECK = '数据文件已损坏（SQLite 完整性检查未通过）';

/**
 * No ledger (the file is missing, or empty) while 备份/ holds copies of one: the recovery screen, never 首次使用, which
 * would let anyone with the launch token make an "account 1" and then restore the old ledger under it.
 */
export class MissingLedgerError extends Error {
  constructor() {
    super('数据文件不见了（或是空的），备份文件夹里有备份：请选择一个恢复');
    this.name = 'MissingLedgerError';
  }
}

/** A Chinese sentence for why the database could not be used, for the recovery screen. */
export function describeOpenFailure(error: unknown): string {
  if (error instanceof MissingLedgerError) return error.message;
  if (error instanceof DamagedDatabaseError) return FAILED_CHECK;
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return '数据文件已损坏，无法读取';
  return '数据文件无法打开';
}

/** Backups of the ledger in <数据文件夹>/备份: taking, listing, rotating, saving elsewhere, restoring and undoing. */
export class Backups {
  readonly folder: string;
  /** The browser version's one-time downloads of 备份到… copies (served by src-main/web.ts). */
  readonly downloads: DownloadTickets;
  private readonly now: () => Date;
  private readonly freeSpace: (folder: string) => number | null;
  /** Checks running in a worker, by backup file. */
  private readonly checking = new Map<string, Promise<void>>();
  /** Copies being written (in a worker): the start-up and daily ones run while the clerk works. */
  private readonly copying = new Set<Promise<unknown>>();
  /** False once a copy taken in this session failed its check: the database it came from may be damaged. */
  private soundSoFar = true;
  /**
   * A ledger that failed SQLite's full check of its own, after a copy of it failed the copy's check: the start-up
   * check reads less (db/cleanClose.ts, and quick_check leaves out the indexes), so damage made while the app was
   * closed is found here, within a minute of start.
   */
  private damaged: { ledger: Ledger; damage: LedgerDamage } | null = null;
  /** The copy a restore is reading from: a rotation after a background check must leave it. */
  private readonly restoring = new Set<string>();

  constructor(
    readonly dataDir: string,
    private readonly slot: LedgerSlot,
    private readonly options: BackupOptions = {},
  ) {
    this.folder = path.join(dataDir, BACKUP_FOLDER);
    this.now = options.now ?? (() => new Date());
    this.freeSpace = options.freeSpace ?? freeBytes;
    this.downloads = new DownloadTickets(() => this.now().getTime());
  }

  /** The manifest's entries, plus any backup file it has lost track of (a deleted or damaged manifest), checked now. */
  list(): BackupEntry[] {
    const listed = readManifest(this.folder);
    // A check the app was closed during: run it again.
    for (const entry of listed)
      if (entry.verification.pending && !this.checking.has(entry.file)) this.checkLater(entry.file, this.slot.peek());
    const known = new Set(listed.map((entry) => entry.file));
    const found: BackupEntry[] = [];
    for (const file of fs.existsSync(this.folder) ? fs.readdirSync(this.folder) : []) {
      const parsed = known.has(file) ? null : parseBackupFileName(file);
      if (parsed)
        found.push(describeBackupFile(this.folder, file, parsed.kind, parsed.createdAt, this.options.nativeBinding));
    }
    if (found.length === 0) return listed;
    const all = [...listed, ...found].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    writeManifest(this.folder, all);
    return all;
  }

  /** The copy 撤销恢复 goes back to: the newest one taken before a restore. */
  undoable(): BackupEntry | null {
    return this.list().find((entry) => entry.kind === '恢复前' && entry.verification.ok) ?? null;
  }

  async create(kind: BackupKind): Promise<CreatedBackup> {
    const { entry, rotatedOut } = await this.createFrom(this.slot.get().file, kind);
    return { ...entry, rotatedOut };
  }

  /** 每日: one automatic copy per calendar day while the app runs. */
  async ensureDaily(): Promise<BackupEntry | null> {
    if (!this.slot.peek()) return null;
    const today = localDay(this.now().toISOString());
    if (
      this.list().some(
        (entry) => localDay(entry.createdAt) === today && (entry.verification.ok || entry.verification.pending),
      )
    )
      return null;
    return this.create('每日');
  }

  /**
   * 备份到…: a fresh copy at a path the clerk chose (a USB stick), there under its name only once it has passed its
   * check; a half-written one is left as `<name>.partial` at worst, and the next copy to that name removes it.
   */
  async saveTo(target: string): Promise<BackupEntry & { sha256: string }> {
    const absolute = path.resolve(target);
    const source = this.slot.get().file;
    if (absolute === path.resolve(source)) throw new UserError('不能把备份保存到数据文件本身');
    const folder = path.dirname(absolute);
    const checked = await this.writingIn(folder, CHOSEN_PLACE, () => {
      this.ensureRoom(source, folder);
      return this.tracked(backupTo(source, absolute, this.options.nativeBinding, (written) => this.verify(written)));
    });
    if (!checked?.verification.ok || !checked.sha256)
      throw new UserError(`备份校验未通过，没有保存：${checked?.verification.detail ?? ''}`);
    return {
      file: path.basename(absolute),
      createdAt: this.now().toISOString(),
      kind: '手动',
      size: fs.statSync(absolute).size,
      counts: checked.counts,
      verification: checked.verification,
      sha256: checked.sha256,
    };
  }

  /**
   * 备份到…: to where the clerk chooses on the desktop; in the browser, a kept manual copy offered as a one-time
   * download, which the web server streams from the file (a ten-year ledger would not fit in an API answer).
   */
  async saveAs(): Promise<SavedCopy> {
    const suggestedName = `司法所电子台账备份-${localDay(this.now().toISOString())}.sqlite3`;
    if (this.options.chooseSaveTarget) {
      const target = await this.options.chooseSaveTarget(suggestedName);
      if (!target) throw new UserError('已取消备份');
      const saved = await this.saveTo(target);
      const savedPath = path.resolve(target);
      return { fileName: saved.file, savedPath, size: saved.size, sha256: saved.sha256, downloadUrl: null };
    }
    const { entry } = await this.createFrom(this.slot.get().file, '手动', [], { checked: true });
    if (!entry.verification.ok || !entry.sha256) throw new UserError(`备份校验未通过：${entry.verification.detail}`);
    const savedPath = path.join(this.folder, entry.file);
    const { sha256 } = entry;
    return {
      fileName: suggestedName,
      savedPath,
      size: entry.size,
      sha256,
      downloadUrl: this.downloads.offer({ file: savedPath, fileName: suggestedName, sha256 }),
    };
  }

  /**
   * Puts a backup in place of the database the app is running on, keeping the 操作日志: the backup is staged beside
   * the ledger with the live log and the restore line carried in (restoreStaging.ts) and checked; then a safety copy
   * of the current ledger (so the restore can be undone); then close, copy the staged file in with the backup API,
   * and reopen — the router picks up the new one. Closing the ledger ends every session (index.ts). `by`: the
   * administrator restoring, null on the recovery screen.
   */
  async restore(
    file: string,
    by: Actor | null,
    undo = false,
  ): Promise<{ restored: BackupEntry; safetyCopy: BackupEntry | null }> {
    this.restoring.add(file);
    try {
      return await this.restoreFrom(file, by, undo);
    } finally {
      this.restoring.delete(file);
    }
  }

  private async restoreFrom(
    file: string,
    by: Actor | null,
    undo: boolean,
  ): Promise<{ restored: BackupEntry; safetyCopy: BackupEntry | null }> {
    // A start-up or daily copy still reading the database file finishes before the file is replaced.
    await this.copied();
    const restored = this.list().find((entry) => entry.file === file);
    if (!restored) throw new UserError('找不到这个备份，可能已被轮换删除，请刷新列表');
    const source = path.join(this.folder, file);
    const recheck = await this.verify(source);
    // Before anything else: a copy whose bytes changed since it was checked is not the copy the list describes, even
    // if SQLite finds nothing wrong with it (a text edited in place). Copies listed before hashes were kept have none.
    if (restored.sha256 && recheck.sha256 && recheck.sha256 !== restored.sha256)
      throw new UserError('这个备份在保存后被改动过（校验值不符），不能用来恢复');
    if (!recheck.verification.ok)
      throw new UserError(`这个备份未通过完整性检查，不能用来恢复：${recheck.verification.detail}`);

    const current = this.slot.peek();
    const live = path.join(this.dataDir, DATABASE_FILE);
    const staging = path.join(this.dataDir, RESTORE_STAGING);
    try {
      await this.stage(file, staging, live, { file, undo, by, liveIsSound: current !== null });
      const safetyCopy = current
        ? (await this.createFrom(current.file, '恢复前', [file], { checked: true })).entry
        : null;
      if (safetyCopy && !safetyCopy.verification.ok)
        throw new UserError('恢复前的安全备份未通过校验，为避免丢失数据，没有恢复');

      const closing = this.slot.empty('正在恢复备份');
      await closing?.close();
      try {
        if (!current) this.setAsideDamaged();
        // By the backup API from the (closed) staged copy into the database path: the replacement is one transaction.
        await copyInWorker(staging, live, this.options.nativeBinding);
        this.slot.fill(await this.open());
      } catch (error) {
        await this.reopenAfterFailure(error);
        throw new UserError(
          `恢复没有完成，数据文件保持恢复前的状态。${describeFileError(error, this.dataDir) ?? '请重试或选择另一个备份。'}`,
        );
      }
      return { restored, safetyCopy };
    } finally {
      removeDatabaseFile(staging);
    }
  }

  /** The staged copy of backup `file` with the log carried in, checked in full; refused in Chinese if it cannot be. */
  private async stage(file: string, staging: string, live: string, request: RestoreRequest): Promise<void> {
    const refuse = (error: unknown, otherwise: string) => {
      if (error instanceof UserError) return error;
      const disk = describeFileError(error, this.dataDir);
      return new UserError(disk ? `没有恢复：${disk}` : otherwise);
    };
    removeDatabaseFile(staging);
    try {
      await copyInWorker(path.join(this.folder, file), staging, this.options.nativeBinding);
    } catch (error) {
      throw refuse(error, '这个备份无法读取（未通过完整性检查），不能用来恢复');
    }
    try {
      prepareStaged(staging, live, request, this.options.nativeBinding);
    } catch (error) {
      throw refuse(error, '没能把现有的操作日志接到这个备份上，没有恢复（数据文件没有改动）。请重试或选择另一个备份。');
    }
    const { verification } = await this.verify(staging);
    if (!verification.ok) throw new UserError(`这个备份未通过完整性检查，不能用来恢复：${verification.detail}`);
  }

  async undoRestore(by: Actor | null): Promise<{ restored: BackupEntry; safetyCopy: BackupEntry | null }> {
    const target = this.undoable();
    if (!target) throw new UserError('没有可以撤销的恢复');
    return this.restore(target.file, by, true);
  }

  /**
   * Opens the ledger with a start-up check, backing it up before any migration. A new ledger is made only in a folder
   * without backups: first-run setup is for a new office, not for one whose ledger has gone.
   */
  open(): Promise<Ledger> {
    this.removeLeftovers();
    const refuseNew = () => {
      if (this.hasBackups()) throw new MissingLedgerError();
    };
    // Checked before SQLite opens it, so a missing file is not made (as an empty ledger) only to be set aside.
    if (holdsNothing(path.join(this.dataDir, DATABASE_FILE))) refuseNew();
    return openCheckedLedger(this.dataDir, {
      ...this.options,
      // Also a file SQLite finds empty once open (a copy into a missing file, killed and rolled back).
      beforeCreate: refuseNew,
      beforeMigrate: async (sqlite) => {
        const { entry } = await this.createFrom(sqlite.name, '升级前', [], { checked: true });
        if (!entry.verification.ok) throw new UserError('升级前的备份未通过校验，为避免丢失数据，没有升级数据文件');
      },
    });
  }

  /** Whether every copy taken in this session that has been checked passed (db/cleanClose.ts trusts the file then). */
  copiesSound(): boolean {
    return this.soundSoFar;
  }

  /** What is known to be wrong with the ledger in use (a restore puts in another, with nothing known against it). */
  damage(): LedgerDamage | null {
    return this.damaged && this.damaged.ledger === this.slot.peek() ? this.damaged.damage : null;
  }

  /** Every copy still being written has been written (or has failed). */
  async copied(): Promise<void> {
    while (this.copying.size > 0) await Promise.allSettled(this.copying);
  }

  /** Every copy and every check still running has finished (closing the app, tests). */
  async settled(): Promise<void> {
    await this.copied();
    while (this.checking.size > 0) await Promise.all(this.checking.values());
  }

  /**
   * Half-written copies (`….partial` and its journal) that a killed or crashed copy left: ledger-sized files nothing
   * else would ever remove. Only while no copy of this process is being written, so none of its own is taken away.
   */
  private removeLeftovers(): void {
    // A restore's staged copy beside the ledger, unless a restore is preparing it now.
    if (this.restoring.size === 0) removeDatabaseFile(path.join(this.dataDir, RESTORE_STAGING));
    if (this.copying.size > 0 || !fs.existsSync(this.folder)) return;
    for (const file of fs.readdirSync(this.folder)) {
      if (PARTIAL_COPY.test(file) || MANIFEST_LEFTOVER.test(file))
        fs.rmSync(path.join(this.folder, file), { force: true });
    }
  }

  /** Refuses, before anything is written, a copy of `source` that would not fit in `folder` with room to spare. */
  private ensureRoom(source: string, folder: string): void {
    const free = this.freeSpace(folder);
    const needed = copySize(source, this.options.nativeBinding) + ROOM_TO_SPARE_BYTES;
    if (free !== null && free < needed) throw new UserError(describeShortage(free, needed, folder));
  }

  /** Runs a backup's writing in `folder`, naming disk trouble there (full, read-only, no permission) in Chinese. */
  private async writingIn<T>(folder: string, place: string, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      const trouble = error instanceof UserError ? null : describeFileError(error, folder, place);
      throw trouble ? new UserError(trouble) : error;
    }
  }

  /** Whether 备份/ holds any copy, by its file name (reading them is the list's work). */
  private hasBackups(): boolean {
    return fs.existsSync(this.folder) && fs.readdirSync(this.folder).some((file) => parseBackupFileName(file));
  }

  private tracked<T>(copy: Promise<T>): Promise<T> {
    this.copying.add(copy);
    void copy.catch(() => {}).finally(() => this.copying.delete(copy));
    return copy;
  }

  /**
   * A copy of the database file `source` in the folder, rotated in. `checked`: returned only once verified — a copy
   * something depends on
   * (before a migration or a restore, or one to download). Otherwise it is returned as soon as it is written and the
   * check runs in a worker, updating the manifest when done (立即备份, start-up, daily): the clerk waits for the copy,
   * not for the reading-back. `rotatedOut`: the older copies it makes redundant (CreatedBackup).
   */
  private async createFrom(
    source: string,
    kind: BackupKind,
    protect: readonly string[] = [],
    { checked = false } = {},
  ): Promise<{ entry: BackupEntry; rotatedOut: BackupEntry[] }> {
    const current = this.slot.peek();
    const of = current?.file === source ? current : null;
    const made = await this.writingIn(this.folder, BACKUPS_PLACE, async () => {
      this.removeLeftovers();
      this.ensureRoom(source, this.folder);
      const existing = this.list();
      let now = this.now();
      // Two copies within one millisecond (tests, a double click) would share a name.
      while (existing.some((listed) => listed.createdAt === now.toISOString())) now = new Date(now.getTime() + 1);
      let written = await this.tracked(takeBackup(source, this.folder, kind, now, this.options.nativeBinding));
      if (checked) written = { ...written, ...(await this.verify(path.join(this.folder, written.file))) };
      // The manifest as it is now: a background check may have written its result while this copy was being made.
      const gone = this.rotate([written, ...readManifest(this.folder)], protect);
      // An unchecked copy replaces older ones only once it has passed its check (noteCheck): the clerk is told now
      // which those will be, weighed as that check will weigh them.
      const goingOnceChecked = checked
        ? []
        : planRotation(
            readManifest(this.folder).map((entry) =>
              entry.file === written.file
                ? { ...entry, verification: { ok: true, detail: 'ok', checkedAt: '' } }
                : entry,
            ),
            [...this.restoring],
          ).remove;
      return { entry: written, rotatedOut: [...gone, ...goingOnceChecked] };
    });
    if (checked && !made.entry.verification.ok) await this.copyFailed(of);
    if (!checked) this.checkLater(made.entry.file, of);
    return made;
  }

  /** Records `entries` minus the copies rotation lets go, and deletes those copies' files; answers those copies. */
  private rotate(entries: BackupEntry[], protect: readonly string[]): BackupEntry[] {
    const { keep, remove } = planRotation(entries, protect);
    writeManifest(this.folder, keep);
    for (const old of remove) removeDatabaseFile(path.join(this.folder, old.file));
    return remove;
  }

  private verify(file: string): ReturnType<typeof verifyInWorker> {
    return verifyInWorker(file, this.now().toISOString(), this.options.nativeBinding);
  }

  /**
   * A copy of `ledger` (or of a file no longer in use: null) failed its check. A damaged ledger gives a damaged copy,
   * but so does a disk that failed while writing the copy: the ledger is checked in full itself before the app calls
   * it damaged, stops saving and sends the clerk to the recovery screen.
   */
  private async copyFailed(ledger: Ledger | null): Promise<void> {
    this.soundSoFar = false;
    if (!ledger || this.damaged?.ledger === ledger) return;
    // A check that could not run at all counts against the ledger: better a needless restore than work typed into a
    // damaged file.
    const { verification } = await this.verify(ledger.file);
    if (!verification.ok) this.damaged = { ledger, damage: { foundAt: verification.checkedAt } };
  }

  /** Checks a listed copy of `ledger` in the background and writes the result into the manifest. */
  private checkLater(file: string, ledger: Ledger | null): void {
    const check = this.verify(path.join(this.folder, file))
      .then(async (result) => {
        try {
          this.noteCheck(file, result);
        } finally {
          // After the table shows the copy's result: the ledger's own check takes as long again.
          if (!result.verification.ok) await this.copyFailed(ledger);
        }
      })
      // The folder went away (a test's temporary folder, a removed USB data folder): the entry stays 正在校验 and is
      // checked again the next time the list is read.
      .catch(() => {})
      .finally(() => this.checking.delete(file));
    this.checking.set(file, check);
  }

  private noteCheck(file: string, result: Awaited<ReturnType<Backups['verify']>>): void {
    // Read again: other copies may have been taken or rotated away meanwhile.
    const entries = readManifest(this.folder);
    if (!entries.some((entry) => entry.file === file)) return;
    // Now that it counts as good (or not), older copies it replaces can go.
    const checked = entries.map((entry) => (entry.file === file ? { ...entry, ...result } : entry));
    this.rotate(checked, [...this.restoring]);
  }

  /** A damaged database file is kept aside, never deleted: someone may still want to rescue pages from it. */
  private setAsideDamaged(): void {
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    for (const suffix of ['', '-wal', '-shm']) {
      const file = path.join(this.dataDir, DATABASE_FILE + suffix);
      if (fs.existsSync(file)) fs.renameSync(file, path.join(this.dataDir, `损坏-${stamp}-${DATABASE_FILE}${suffix}`));
    }
  }

  private async reopenAfterFailure(cause: unknown): Promise<void> {
    try {
      this.slot.fill(await this.open());
    } catch (error) {
      this.slot.empty(describeOpenFailure(error ?? cause));
    }
  }
}
