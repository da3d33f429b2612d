import fs from 'node:fs';
import path from 'node:path';
import type { BackupEntry, BackupKind } from '../../../src-shared/backups';
import type { GeneratedFile } from '../../../src-shared/documents';
import { DATABASE_FILE, DamagedDatabaseError, openCheckedLedger, type Ledger, type OpenOptions } from '../db/open';
import type { Actor } from '../audit';
import { UserError } from '../errors';
import { describeFileError } from '../fileErrors';
import type { LedgerSlot } from '../ledgerSlot';
import { readManifest, writeManifest } from './manifest';
import { localDay, planRotation } from './rotation';
import { backupTo, describeBackupFile, parseBackupFileName, removeDatabaseFile, takeBackup } from './snapshot';
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

export interface BackupOptions extends OpenOptions {
  now?: () => Date;
  /**
   * The desktop's 备份到…: asks the clerk where to save (a save dialog), or null when cancelled. Without it (the
   * browser version) 备份到… keeps a manual copy here and hands its bytes to the browser to download.
   */
  chooseSaveTarget?: (suggestedName: string) => Promise<string | null>;
}

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
  if (error instanceof DamagedDatabaseError) return '数据文件已损坏（SQLite 完整性检查未通过）';
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return '数据文件已损坏，无法读取';
  return '数据文件无法打开';
}

/** Backups of the ledger in <数据文件夹>/备份: taking, listing, rotating, saving elsewhere, restoring and undoing. */
export class Backups {
  readonly folder: string;
  private readonly now: () => Date;
  /** Checks running in a worker, by backup file. */
  private readonly checking = new Map<string, Promise<void>>();
  /** Copies being written (in a worker): the start-up and daily ones run while the clerk works. */
  private readonly copying = new Set<Promise<unknown>>();
  /** False once a copy taken in this session failed its check: the database it came from may be damaged. */
  private soundSoFar = true;
  /** The copy a restore is reading from: a rotation after a background check must leave it. */
  private readonly restoring = new Set<string>();

  constructor(
    readonly dataDir: string,
    private readonly slot: LedgerSlot,
    private readonly options: BackupOptions = {},
  ) {
    this.folder = path.join(dataDir, BACKUP_FOLDER);
    this.now = options.now ?? (() => new Date());
  }

  /** The manifest's entries, plus any backup file it has lost track of (a deleted or damaged manifest), checked now. */
  list(): BackupEntry[] {
    const listed = readManifest(this.folder);
    // A check the app was closed during: run it again.
    for (const entry of listed)
      if (entry.verification.pending && !this.checking.has(entry.file)) this.checkLater(entry.file);
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

  async create(kind: BackupKind): Promise<BackupEntry> {
    return this.createFrom(this.slot.get().file, kind);
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

  /** 备份到…: a fresh verified copy at a path the clerk chose (a USB stick). */
  async saveTo(target: string): Promise<BackupEntry> {
    const absolute = path.resolve(target);
    if (absolute === path.resolve(this.slot.get().file)) throw new UserError('不能把备份保存到数据文件本身');
    await this.tracked(backupTo(this.slot.get().file, absolute, this.options.nativeBinding));
    const { verification, counts } = await this.verify(absolute);
    if (!verification.ok) throw new UserError(`备份已写入，但校验未通过：${verification.detail}`);
    return {
      file: path.basename(absolute),
      createdAt: this.now().toISOString(),
      kind: '手动',
      size: fs.statSync(absolute).size,
      counts,
      verification,
    };
  }

  /** 备份到…: to where the clerk chooses on the desktop; in the browser, a kept manual copy it downloads. */
  async saveAs(): Promise<GeneratedFile> {
    const suggestedName = `司法所电子台账备份-${localDay(this.now().toISOString())}.sqlite3`;
    if (this.options.chooseSaveTarget) {
      const target = await this.options.chooseSaveTarget(suggestedName);
      if (!target) throw new UserError('已取消备份');
      await this.saveTo(target);
      return { fileName: path.basename(target), savedPath: target, base64: '' };
    }
    const entry = await this.createFrom(this.slot.get().file, '手动', [], { checked: true });
    if (!entry.verification.ok) throw new UserError(`备份校验未通过：${entry.verification.detail}`);
    const savedPath = path.join(this.folder, entry.file);
    return { fileName: suggestedName, savedPath, base64: fs.readFileSync(savedPath).toString('base64') };
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
    const current = this.slot.peek();
    const live = path.join(this.dataDir, DATABASE_FILE);
    const staging = path.join(this.dataDir, RESTORE_STAGING);
    try {
      await this.stage(file, staging, live, { file, undo, by, liveIsSound: current !== null });
      const safetyCopy = current ? await this.createFrom(current.file, '恢复前', [file], { checked: true }) : null;
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
        const entry = await this.createFrom(sqlite.name, '升级前', [], { checked: true });
        if (!entry.verification.ok) throw new UserError('升级前的备份未通过校验，为避免丢失数据，没有升级数据文件');
      },
    });
  }

  /** Whether every copy taken in this session that has been checked passed (db/cleanClose.ts trusts the file then). */
  copiesSound(): boolean {
    return this.soundSoFar;
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
      if (PARTIAL_COPY.test(file)) fs.rmSync(path.join(this.folder, file), { force: true });
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
   * not for the reading-back.
   */
  private async createFrom(
    source: string,
    kind: BackupKind,
    protect: readonly string[] = [],
    { checked = false } = {},
  ): Promise<BackupEntry> {
    this.removeLeftovers();
    const existing = this.list();
    let now = this.now();
    // Two copies within one millisecond (tests, a double click) would share a name.
    while (existing.some((entry) => entry.createdAt === now.toISOString())) now = new Date(now.getTime() + 1);
    let entry = await this.tracked(takeBackup(source, this.folder, kind, now, this.options.nativeBinding));
    if (checked) entry = { ...entry, ...(await this.verify(path.join(this.folder, entry.file))) };
    if (checked && !entry.verification.ok) this.soundSoFar = false;
    // The manifest as it is now: a background check may have written its result while this copy was being made.
    this.rotate([entry, ...readManifest(this.folder)], protect);
    if (!checked) this.checkLater(entry.file);
    return entry;
  }

  /** Records `entries` minus the copies rotation lets go, and deletes those copies' files. */
  private rotate(entries: BackupEntry[], protect: readonly string[]): void {
    const { keep, remove } = planRotation(entries, protect);
    writeManifest(this.folder, keep);
    for (const old of remove) removeDatabaseFile(path.join(this.folder, old.file));
  }

  private verify(file: string): ReturnType<typeof verifyInWorker> {
    return verifyInWorker(file, this.now().toISOString(), this.options.nativeBinding);
  }

  /** Checks a listed copy in the background and writes the result into the manifest. */
  private checkLater(file: string): void {
    const check = this.verify(path.join(this.folder, file))
      .then(({ verification, counts }) => {
        if (!verification.ok) this.soundSoFar = false;
        // Read again: other copies may have been taken or rotated away meanwhile.
        const entries = readManifest(this.folder);
        if (!entries.some((entry) => entry.file === file)) return;
        // Now that it counts as good (or not), older copies it replaces can go.
        const checked = entries.map((entry) => (entry.file === file ? { ...entry, verification, counts } : entry));
        this.rotate(checked, [...this.restoring]);
      })
      // The folder went away (a test's temporary folder, a removed USB data folder): the entry stays 正在校验 and is
      // checked again the next time the list is read.
      .catch(() => {})
      .finally(() => this.checking.delete(file));
    this.checking.set(file, check);
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
