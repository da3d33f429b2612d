import { contextBridge, ipcRenderer } from 'electron';
import { INVOKE_CHANNEL } from './ipc';

// Exposes exactly one function. The renderer never sees ipcRenderer, Node or Electron.
contextBridge.exposeInMainWorld('ledgerBridge', {
  invoke: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(INVOKE_CHANNEL, method, input),
});
