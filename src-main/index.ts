import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, shell } from 'electron';
import type { GeneratedFile } from '../src-shared/documents';
import { createCore, type Core } from './core';
import { resolveDataDir } from './core/dataDir';
import { UserError } from './core/errors';
import { INVOKE_CHANNEL } from './ipc';

// The thin shell: one window, a Chinese menu, one IPC channel to the core. Everything else lives in ./core.

let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;
/** Issue 6: the logged-in session of the window, held here and never handed to the renderer. */
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
  mainWindow = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title: '司法所电子台账',
    show: false,
    webPreferences: {
      preload: path.join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    },
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.webContents.setWindowOpenHandler(({ url }) => {
    void shell.openExternal(url);
    return { action: 'deny' };
  });
  const devUrl = process.env['ELECTRON_RENDERER_URL'];
  if (devUrl) void mainWindow.loadURL(devUrl);
  else void mainWindow.loadFile(path.join(import.meta.dirname, '../renderer/index.html'));
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

  app.whenReady().then(() => {
    try {
      const nativeBinding = electronNativeBinding();
      core = createCore(resolveDataDir(), nativeBinding ? { nativeBinding } : {});
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

  app.on('window-all-closed', () => {
    void core?.close().finally(() => app.quit());
  });
}
