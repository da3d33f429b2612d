import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import type { GeneratedFile } from '../src-shared/documents';
import type { Core } from './core';
import { resolveDataDir } from './core/dataDir';
import { UserError } from './core/errors';
import { makeNewFilesPrivate } from './core/privateFiles';
import { startCore } from './core/startup';
import { askBeforeLeaving } from './shell/leaveQuestion';
import { hardenContents, hardenSession, mainWindowOptions } from './shell/security';
import { INVOKE_CHANNEL } from './ipc';

// The thin shell: one window, a Chinese menu, one IPC channel to the core. Everything else lives in ./core.

// Before the data folder is made: the ledger, its backups and documents are the owner's only.
makeNewFilesPrivate();

let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;
/** The logged-in session of the window, held here and never handed to the renderer. */
let sessionId: string | null = null;

/** The Electron-ABI build of better-sqlite3 ships beside the app so it never overwrites the Node build tests use. */
function electronNativeBinding(): string | undefined {
  const candidates = [
    path.join(process.resourcesPath ?? '', 'native', 'better_sqlite3.node'),
    path.join(app.getAppPath(), 'build', 'native', 'better_sqlite3.node'),
  ];
  return candidates.find((file) => fs.existsSync(file));
}

function createWindow(): void {
  const devUrl = process.env['ELECTRON_RENDERER_URL'];
  const appUrl = devUrl ?? pathToFileURL(path.join(import.meta.dirname, '../renderer/index.html')).href;
  mainWindow = new BrowserWindow(mainWindowOptions(path.join(import.meta.dirname, '../preload/index.cjs')));
  hardenContents(mainWindow.webContents, appUrl);
  const window = mainWindow;
  askBeforeLeaving(window.webContents, (question) =>
    dialog.showMessageBoxSync(window, { ...question, buttons: [...question.buttons] }),
  );
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  void mainWindow.loadURL(appUrl);
}

/** 备份到…: the clerk picks where (a USB stick); the core writes a verified copy there with the backup API. */
async function chooseBackupTarget(suggestedName: string): Promise<string | null> {
  const choice = await dialog.showSaveDialog({
    title: '备份到…',
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    filters: [{ name: '台账备份', extensions: ['sqlite3'] }],
  });
  return choice.canceled || !choice.filePath ? null : choice.filePath;
}

function buildMenu(): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      { label: '文件', submenu: [{ role: 'quit', label: '退出' }] },
      {
        label: '编辑',
        submenu: [
          { role: 'undo', label: '撤销' },
          { role: 'redo', label: '重做' },
          { type: 'separator' },
          { role: 'cut', label: '剪切' },
          { role: 'copy', label: '复制' },
          { role: 'paste', label: '粘贴' },
          { role: 'selectAll', label: '全选' },
        ],
      },
      {
        label: '视图',
        submenu: [
          { role: 'reload', label: '刷新' },
          { role: 'resetZoom', label: '实际大小' },
          { role: 'zoomIn', label: '放大' },
          { role: 'zoomOut', label: '缩小' },
          { role: 'togglefullscreen', label: '全屏' },
        ],
      },
      {
        label: '帮助',
        submenu: [{ label: '打开数据文件夹', click: () => void shell.openPath(resolveDataDir()) }],
      },
    ]),
  );
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  app.whenReady().then(async () => {
    hardenSession(session.defaultSession);
    try {
      const nativeBinding = electronNativeBinding();
      // Locks the data folder and checks the file; a damaged one opens the recovery screen instead of failing.
      core = await startCore(resolveDataDir(), {
        ...(nativeBinding ? { nativeBinding } : {}),
        chooseSaveTarget: chooseBackupTarget,
      });
    } catch (error) {
      const message = error instanceof UserError ? error.message : `无法打开数据文件：${String(error)}`;
      dialog.showErrorBox('司法所电子台账', message);
      app.quit();
      return;
    }
    ipcMain.handle(INVOKE_CHANNEL, async (_event, method: unknown, input: unknown) => {
      const result = await core!.invoke(typeof method === 'string' ? method : '', input, sessionId);
      if (result.ok && result.session !== undefined) {
        sessionId = result.session;
        delete result.session;
      }
      // The desktop opens a generated document in Word/WPS at once; the browser version downloads it instead.
      if (method === 'documents.generate' && result.ok) void shell.openPath((result.value as GeneratedFile).savedPath);
      return result;
    });
    buildMenu();
    createWindow();
  });

  app.on('window-all-closed', () => app.quit());

  // 文件 › 退出 (app.quit) closes the windows without window-all-closed: every way out closes the core here, so a
  // copy being written finishes and the clean close is noted (the next start then need not read the whole file).
  let closing: Promise<void> | null = null;
  let closed = false;
  app.on('before-quit', (event) => {
    if (closed || !core) return;
    event.preventDefault();
    closing ??= core.close().finally(() => {
      closed = true;
      app.quit();
    });
  });
}
