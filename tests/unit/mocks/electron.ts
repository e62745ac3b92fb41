/**
 * The one hand-written `electron` mock for main-process and preload unit
 * tests (Electron Fiddle style): the real binary cannot run here. Records
 * every call, lets tests fire the events the app listens for and decide when
 * the app becomes ready. Mirrors Electron's rules that matter to us (sandbox
 * and privileged schemes only before ready, one ipcMain handler per channel).
 * Must not import the real `electron` package or any app module.
 *
 * Use: `vi.mock('electron', () => import('<rel>/tests/unit/mocks/electron'))`,
 * then import this module (same instance) for the recorders; call
 * {@link resetElectronMock} in `beforeEach`, or `vi.resetModules()` and import
 * both again for a fresh copy.
 */
import { vi } from 'vitest';

// biome-ignore lint/suspicious/noExplicitAny: listeners take whatever Electron passes.
type Listener = (...args: any[]) => unknown;

/** A minimal EventEmitter: `on`/`once`/`removeListener` plus `emit` for tests. */
export class MockEmitter {
  private readonly listeners = new Map<string, Listener[]>();

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  once(event: string, listener: Listener): this {
    const wrapper: Listener = (...args) => {
      this.removeListener(event, wrapper);
      return listener(...args);
    };
    return this.on(event, wrapper);
  }

  removeListener(event: string, listener: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== listener),
    );
    return this;
  }

  /** Calls every listener of `event` in order; true if there was one. */
  emit(event: string, ...args: unknown[]): boolean {
    const current = [...(this.listeners.get(event) ?? [])];
    for (const listener of current) listener(...args);
    return current.length > 0;
  }

  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }

  removeAllListeners(): this {
    this.listeners.clear();
    return this;
  }
}

/** An Electron-style event whose `preventDefault` is recorded. */
export type MockEvent = { defaultPrevented: boolean; preventDefault: () => void };

/** Makes a fresh event to pass to `emit`. */
export const makeEvent = (): MockEvent => {
  const event: MockEvent = {
    defaultPrevented: false,
    preventDefault: () => {
      event.defaultPrevented = true;
    },
  };
  return event;
};

/** Everything the mock did, in order, e.g. `app.enableSandbox`, `app:ready`. */
export const timeline: string[] = [];

// ---------------------------------------------------------------- app

type AppState = {
  ready: boolean;
  quitCount: number;
  resolveReady: () => void;
  readyPromise: Promise<void>;
};

const freshAppState = (): AppState => {
  let resolveReady = () => {};
  const readyPromise = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });
  return { ready: false, quitCount: 0, resolveReady, readyPromise };
};

/** Electron's named paths, all under /mock; unknown names throw, as in Electron. */
const defaultPaths = (): Record<string, string> =>
  Object.fromEntries(
    [
      'home',
      'appData',
      'userData',
      'sessionData',
      'temp',
      'exe',
      'module',
      'desktop',
      'documents',
      'downloads',
      'music',
      'pictures',
      'videos',
      'recent',
      'logs',
      'crashDumps',
    ].map((name) => [name, `/mock/${name}`]),
  );

class MockApp extends MockEmitter {
  /** What `requestSingleInstanceLock` returns; set before importing index.ts. */
  singleInstanceLock = true;
  isPackaged = false;
  /** Set once `quit` ran without a `before-quit` listener preventing it. */
  hasQuit = false;
  paths: Record<string, string> = defaultPaths();
  appPath = '/mock/app';
  private state = freshAppState();

  readonly enableSandbox = vi.fn(() => {
    // Electron throws here too: the sandbox can only be enabled before ready.
    if (this.state.ready) throw new Error('app.enableSandbox() must be called before app is ready');
    timeline.push('app.enableSandbox');
  });

  readonly requestSingleInstanceLock = vi.fn(() => {
    timeline.push('app.requestSingleInstanceLock');
    return this.singleInstanceLock;
  });

  readonly whenReady = vi.fn(() => this.state.readyPromise);
  readonly isReady = vi.fn(() => this.state.ready);

  /** Like Electron: emits `before-quit`; quits unless a listener prevents it. */
  readonly quit = vi.fn(() => {
    timeline.push('app.quit');
    const event = makeEvent();
    this.emit('before-quit', event);
    if (!event.defaultPrevented) this.hasQuit = true;
  });

  readonly getPath = vi.fn((name: string) => {
    const path = this.paths[name];
    if (path === undefined) throw new Error(`mock app.getPath: unknown path name '${name}'`);
    return path;
  });
  readonly getAppPath = vi.fn(() => this.appPath);
  readonly getName = vi.fn(() => 'Crossroads');
  /** Like Electron: ends the process at once with `code`, no `before-quit`. */
  readonly exit = vi.fn((code = 0) => {
    timeline.push(`app.exit ${code}`);
    this.exitCode = code;
  });
  /** Set by `exit`; null while the app runs. */
  exitCode: number | null = null;
  readonly setAppUserModelId = vi.fn((_id: string) => {});
  readonly getVersion = vi.fn(() => '0.1.0-test');

  /**
   * Makes the app ready: resolves `whenReady()`, emits `ready`, then lets the
   * promise callbacks the app chained on `whenReady()` run.
   */
  async fireReady(): Promise<void> {
    this.state.ready = true;
    timeline.push('app:ready');
    this.state.resolveReady();
    this.emit('ready', makeEvent(), {});
    await this.state.readyPromise;
    // Callbacks chained by the app were registered first and have run by now;
    // a few more turns cover `.then().then()` chains.
    for (let i = 0; i < 5; i += 1) await Promise.resolve();
  }

  reset(): void {
    this.removeAllListeners();
    this.singleInstanceLock = true;
    this.isPackaged = false;
    this.hasQuit = false;
    this.exitCode = null;
    this.paths = defaultPaths();
    this.appPath = '/mock/app';
    this.state = freshAppState();
    for (const fn of [
      this.enableSandbox,
      this.requestSingleInstanceLock,
      this.whenReady,
      this.isReady,
      this.quit,
      this.getPath,
      this.getAppPath,
      this.getName,
      this.getVersion,
      this.exit,
      this.setAppUserModelId,
    ]) {
      fn.mockClear();
    }
  }
}

export const app = new MockApp();

// ---------------------------------------------------------------- webContents / BrowserWindow

export type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

/** A webContents: events can be fired with `emit`; the window-open handler is captured. */
export class MockWebContents extends MockEmitter {
  windowOpenHandler: WindowOpenHandler | null = null;
  readonly setWindowOpenHandler = vi.fn((handler: WindowOpenHandler) => {
    this.windowOpenHandler = handler;
  });
  readonly send = vi.fn((_channel: string, ..._args: unknown[]) => {});
  readonly loadURL = vi.fn(async (_url: string) => {});
  readonly reload = vi.fn(() => {});
  readonly replaceMisspelling = vi.fn((_word: string) => {});
  destroyed = false;
  readonly isDestroyed = vi.fn(() => this.destroyed);
}

/** BrowserWindow: captures constructor options; every instance is kept in `instances`. */
export class BrowserWindow extends MockEmitter {
  static instances: BrowserWindow[] = [];
  static focused: BrowserWindow | null = null;
  /** When set, the next `loadURL` of any window rejects with it (a failed page load). */
  static failNextLoad: Error | null = null;

  static getFocusedWindow(): BrowserWindow | null {
    return BrowserWindow.focused;
  }

  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.instances.filter((w) => !w.destroyed);
  }

  readonly options: Record<string, unknown>;
  readonly webContents = new MockWebContents();
  private destroyed = false;
  private minimized = false;

  private visible = false;
  readonly show = vi.fn(() => {
    timeline.push('BrowserWindow.show');
    this.visible = true;
  });
  readonly isVisible = vi.fn(() => this.visible);
  readonly focus = vi.fn(() => {});
  readonly restore = vi.fn(() => {
    this.minimized = false;
  });
  readonly isMinimized = vi.fn(() => this.minimized);
  readonly isDestroyed = vi.fn(() => this.destroyed);
  readonly loadURL = vi.fn(async (url: string) => {
    timeline.push(`BrowserWindow.loadURL ${url}`);
    const failure = BrowserWindow.failNextLoad;
    BrowserWindow.failNextLoad = null;
    if (failure) throw failure;
  });

  constructor(options: Record<string, unknown> = {}) {
    super();
    this.options = options;
    timeline.push('new BrowserWindow');
    BrowserWindow.instances.push(this);
  }

  /** Test helper: minimise the window (so `second-instance` restores it). */
  minimize(): void {
    this.minimized = true;
  }

  /**
   * Closes the window the way Electron does: `close` first, which a listener
   * may prevent; otherwise destroyed, then `closed`.
   */
  readonly close = vi.fn(() => {
    if (this.destroyed) return;
    const event = makeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroy();
  });

  /** Like Electron's `destroy`: no `close` event, straight to `closed`. */
  readonly destroy = vi.fn(() => {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  });
}

// ---------------------------------------------------------------- protocol / session

type ProtocolHandler = (request: { url: string }) => Promise<Response> | Response;

export const protocol = {
  handlers: new Map<string, ProtocolHandler>(),
  registerSchemesAsPrivileged: vi.fn((_schemes: unknown[]) => {
    // Electron ignores/refuses registrations after ready; make that loud here.
    if (app.isReady())
      throw new Error('protocol.registerSchemesAsPrivileged must run before ready');
    timeline.push('protocol.registerSchemesAsPrivileged');
  }),
  handle: vi.fn((scheme: string, handler: ProtocolHandler) => {
    protocol.handlers.set(scheme, handler);
  }),
};

export type PermissionRequestHandler = (
  webContents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details?: unknown,
) => void;
export type PermissionCheckHandler = (
  webContents: unknown,
  permission: string,
  requestingOrigin: string,
  details?: unknown,
) => boolean;

export const session = {
  defaultSession: {
    permissionRequestHandler: null as PermissionRequestHandler | null,
    permissionCheckHandler: null as PermissionCheckHandler | null,
    setPermissionRequestHandler: vi.fn((handler: PermissionRequestHandler | null) => {
      session.defaultSession.permissionRequestHandler = handler;
    }),
    setPermissionCheckHandler: vi.fn((handler: PermissionCheckHandler | null) => {
      session.defaultSession.permissionCheckHandler = handler;
    }),
    /** Electron's default is on; the app must turn it off. */
    spellCheckerEnabled: true,
    /** null: Electron's default (Google's CDN). */
    dictionaryDownloadURL: null as string | null,
    setSpellCheckerEnabled: vi.fn((enabled: boolean) => {
      session.defaultSession.spellCheckerEnabled = enabled;
    }),
    isSpellCheckerEnabled: vi.fn(() => session.defaultSession.spellCheckerEnabled),
    setSpellCheckerDictionaryDownloadURL: vi.fn((url: string) => {
      session.defaultSession.dictionaryDownloadURL = url;
    }),
    addWordToSpellCheckerDictionary: vi.fn((_word: string) => true),
  },
};

// ---------------------------------------------------------------- ipcMain

export type IpcMainInvokeEventLike = { senderFrame?: unknown; sender?: unknown };
type InvokeHandler = (event: IpcMainInvokeEventLike, ...args: unknown[]) => unknown;

class MockIpcMain extends MockEmitter {
  readonly handlers = new Map<string, InvokeHandler>();

  readonly handle = vi.fn((channel: string, handler: InvokeHandler) => {
    // Electron throws on a second handler for the same channel.
    if (this.handlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    this.handlers.set(channel, handler);
  });

  readonly removeHandler = vi.fn((channel: string) => {
    this.handlers.delete(channel);
  });

  /** Test helper: what `ipcRenderer.invoke(channel, ...args)` would reach in main. */
  async invoke(
    channel: string,
    event: IpcMainInvokeEventLike,
    ...args: unknown[]
  ): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  }

  reset(): void {
    this.removeAllListeners();
    this.handlers.clear();
    this.handle.mockClear();
    this.removeHandler.mockClear();
  }
}

export const ipcMain = new MockIpcMain();

// ---------------------------------------------------------------- Menu / shell / nativeTheme

export type MockMenu = { template: unknown[]; popup: ReturnType<typeof vi.fn> };

export const Menu = {
  applicationMenu: null as MockMenu | null,
  buildFromTemplate: vi.fn((template: unknown[]): MockMenu => ({ template, popup: vi.fn() })),
  setApplicationMenu: vi.fn((menu: MockMenu | null) => {
    Menu.applicationMenu = menu;
  }),
};

export const shell = {
  openExternal: vi.fn(async (_url: string) => {}),
  showItemInFolder: vi.fn((_path: string) => {}),
};

export const nativeTheme = { shouldUseDarkColors: false };

export type MockDialogResult = { canceled: boolean; filePath?: string; filePaths: string[] };

/** Native dialogs: answer with whatever `nextSave` / `nextOpen` hold (cancelled by default). */
export const dialog = {
  nextSave: { canceled: true, filePaths: [] } as MockDialogResult,
  nextOpen: { canceled: true, filePaths: [] } as MockDialogResult,
  showSaveDialog: vi.fn(async (..._args: unknown[]) => dialog.nextSave),
  showOpenDialog: vi.fn(async (..._args: unknown[]) => dialog.nextOpen),
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0, checkboxChecked: false })),
  showErrorBox: vi.fn((_title: string, _content: string) => {}),
};

// ---------------------------------------------------------------- preload side

export const contextBridge = {
  /** What the preload exposed, by key. */
  exposed: {} as Record<string, unknown>,
  exposeInMainWorld: vi.fn((key: string, api: unknown) => {
    contextBridge.exposed[key] = api;
  }),
};

class MockIpcRenderer extends MockEmitter {
  /** What `invoke` resolves to; replace per test. */
  invokeResult: unknown = { ok: true, data: null };

  readonly invoke = vi.fn(async (_channel: string, ..._args: unknown[]) => this.invokeResult);
  readonly send = vi.fn((_channel: string, ..._args: unknown[]) => {});

  override on(event: string, listener: Listener): this {
    this.onSpy(event, listener);
    return super.on(event, listener);
  }

  override removeListener(event: string, listener: Listener): this {
    this.removeListenerSpy(event, listener);
    return super.removeListener(event, listener);
  }

  /** Records of `on` / `removeListener` calls (the methods themselves stay real). */
  readonly onSpy = vi.fn((_event: string, _listener: Listener) => {});
  readonly removeListenerSpy = vi.fn((_event: string, _listener: Listener) => {});

  reset(): void {
    this.removeAllListeners();
    this.invokeResult = { ok: true, data: null };
    for (const fn of [this.invoke, this.send, this.onSpy, this.removeListenerSpy]) fn.mockClear();
  }
}

export const ipcRenderer = new MockIpcRenderer();

// ---------------------------------------------------------------- reset

/** Puts every recorder back to its initial state. Call in `beforeEach`. */
export const resetElectronMock = (): void => {
  timeline.length = 0;
  app.reset();
  BrowserWindow.instances = [];
  BrowserWindow.focused = null;
  BrowserWindow.failNextLoad = null;
  protocol.handlers.clear();
  protocol.registerSchemesAsPrivileged.mockClear();
  protocol.handle.mockClear();
  session.defaultSession.permissionRequestHandler = null;
  session.defaultSession.permissionCheckHandler = null;
  session.defaultSession.setPermissionRequestHandler.mockClear();
  session.defaultSession.setPermissionCheckHandler.mockClear();
  session.defaultSession.spellCheckerEnabled = true;
  session.defaultSession.dictionaryDownloadURL = null;
  for (const fn of [
    session.defaultSession.setSpellCheckerEnabled,
    session.defaultSession.isSpellCheckerEnabled,
    session.defaultSession.setSpellCheckerDictionaryDownloadURL,
    session.defaultSession.addWordToSpellCheckerDictionary,
  ]) {
    fn.mockClear();
  }
  ipcMain.reset();
  Menu.applicationMenu = null;
  Menu.buildFromTemplate.mockClear();
  Menu.setApplicationMenu.mockClear();
  shell.openExternal.mockClear();
  shell.showItemInFolder.mockClear();
  nativeTheme.shouldUseDarkColors = false;
  dialog.nextSave = { canceled: true, filePaths: [] };
  dialog.nextOpen = { canceled: true, filePaths: [] };
  for (const fn of [
    dialog.showSaveDialog,
    dialog.showOpenDialog,
    dialog.showMessageBox,
    dialog.showErrorBox,
  ]) {
    fn.mockClear();
  }
  contextBridge.exposed = {};
  contextBridge.exposeInMainWorld.mockClear();
  ipcRenderer.reset();
};

export default {
  app,
  BrowserWindow,
  protocol,
  session,
  ipcMain,
  Menu,
  shell,
  nativeTheme,
  dialog,
  contextBridge,
  ipcRenderer,
};
