/**
 * The right-click menu and the spelling setting. The menu offers Cut, Copy,
 * Paste and Select all (as far as the clicked spot allows) and, on a misspelt
 * word, Chromium's suggestions and "Add to dictionary".
 *
 * Spelling is off unless the person turns it on (Edit › Check spelling): on
 * Windows and Linux Chromium fetches Hunspell dictionaries from Google's CDN,
 * which would break "everything stays on your computer". While it is off the
 * download URL also points at a local port where nothing listens, so no
 * dictionary can be fetched even if something turned the checker back on.
 * The choice is kept in `app-settings.json` in the data folder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type ContextMenuParams,
  Menu,
  type MenuItemConstructorOptions,
  type Session,
  type WebContents,
} from 'electron';
import { atomicWrite } from './services/atomicWrite';

/** The parts of Electron's `context-menu` params the menu reads. */
export type ContextMenuInput = Pick<
  ContextMenuParams,
  'misspelledWord' | 'dictionarySuggestions' | 'isEditable' | 'selectionText' | 'editFlags'
>;

export type SpellingActions = {
  replaceMisspelling: (word: string) => void;
  addToDictionary: (word: string) => void;
};

/** At most this many suggestions are listed. */
const MAX_SUGGESTIONS = 5;

/**
 * The right-click menu for one click: spelling items first when the word is
 * misspelt, then the edit items. Never empty: a click on plain text offers
 * Copy (when something is selected) and Select all.
 */
export const contextMenuTemplate = (
  params: ContextMenuInput,
  actions: SpellingActions,
): MenuItemConstructorOptions[] => {
  const spelling: MenuItemConstructorOptions[] = [];
  const word = params.misspelledWord;
  if (params.isEditable && word) {
    const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    if (suggestions.length === 0) spelling.push({ label: 'No suggestions', enabled: false });
    for (const suggestion of suggestions) {
      spelling.push({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) });
    }
    spelling.push(
      { type: 'separator' },
      { label: 'Add to dictionary', click: () => actions.addToDictionary(word) },
      { type: 'separator' },
    );
  }
  const flags = params.editFlags;
  if (params.isEditable) {
    return [
      ...spelling,
      { role: 'cut', enabled: flags.canCut },
      { role: 'copy', enabled: flags.canCopy },
      { role: 'paste', enabled: flags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', enabled: flags.canSelectAll },
    ];
  }
  return [
    { role: 'copy', enabled: flags.canCopy && params.selectionText.trim() !== '' },
    { role: 'selectAll', enabled: flags.canSelectAll },
  ];
};

/** Shows {@link contextMenuTemplate} on every right-click in `contents` (webContents `context-menu` event). */
export const installContextMenu = (contents: WebContents, session: Session): void => {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => {
        session.addWordToSpellCheckerDictionary(word);
      },
    });
    Menu.buildFromTemplate(template).popup();
  });
};

// ---------------------------------------------------------------- the spelling setting

/** Chromium's own dictionary server, used only once the person turns spelling on. */
export const CHROMIUM_DICTIONARY_URL = 'https://redirector.gvt1.com/edgedl/chrome/dict/';
/** The discard port on this computer: nothing listens, so nothing is downloaded. */
export const NO_DICTIONARY_URL = 'http://127.0.0.1:9/';

/**
 * Turns the spell checker on or off for `session`. Off also points the
 * dictionary download at {@link NO_DICTIONARY_URL}. Electron docs: Session,
 * `setSpellCheckerEnabled` and `setSpellCheckerDictionaryDownloadURL` (a no-op
 * on macOS, whose own spell checker downloads nothing).
 */
export const applySpelling = (session: Session, enabled: boolean): void => {
  session.setSpellCheckerDictionaryDownloadURL(
    enabled ? CHROMIUM_DICTIONARY_URL : NO_DICTIONARY_URL,
  );
  session.setSpellCheckerEnabled(enabled);
};

/** The file in the data folder that keeps main's own settings. */
export const APP_SETTINGS_FILE = 'app-settings.json';

export type AppSettings = {
  /** Check spelling (downloads a dictionary on Windows/Linux). Off unless turned on. */
  spellcheck: boolean;
};

export const DEFAULT_APP_SETTINGS: AppSettings = { spellcheck: false };

/**
 * Reads the settings from `dataDir`, synchronously (once, at start-up; the
 * file is a few bytes). A missing or unreadable file, or a value that is not
 * exactly `true`, gives the defaults: spelling stays off.
 */
export const readAppSettings = (
  dataDir: string,
  read: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): AppSettings => {
  try {
    const parsed: unknown = JSON.parse(read(join(dataDir, APP_SETTINGS_FILE)));
    const spellcheck =
      typeof parsed === 'object' && parsed !== null && 'spellcheck' in parsed
        ? parsed.spellcheck === true
        : false;
    return { spellcheck };
  } catch {
    return { ...DEFAULT_APP_SETTINGS };
  }
};

/** Writes the settings to `dataDir` atomically (a crash leaves the old file or the new one). */
export const writeAppSettings = (dataDir: string, settings: AppSettings): Promise<void> =>
  atomicWrite(join(dataDir, APP_SETTINGS_FILE), `${JSON.stringify(settings, null, 2)}\n`);
