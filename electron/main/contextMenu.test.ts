import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions, Session } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetElectronMock, session } from '../../tests/unit/mocks/electron';
import {
  APP_SETTINGS_FILE,
  applySpelling,
  CHROMIUM_DICTIONARY_URL,
  type ContextMenuInput,
  contextMenuTemplate,
  NO_DICTIONARY_URL,
  readAppSettings,
  writeAppSettings,
} from './contextMenu';

vi.mock('electron', () => import('../../tests/unit/mocks/electron'));

beforeEach(() => resetElectronMock());

const params = (over: Partial<ContextMenuInput> = {}): ContextMenuInput => ({
  isEditable: true,
  misspelledWord: '',
  dictionarySuggestions: [],
  selectionText: '',
  editFlags: {
    canUndo: false,
    canRedo: false,
    canCut: true,
    canCopy: true,
    canPaste: true,
    canDelete: true,
    canSelectAll: true,
    canEditRichly: false,
  },
  ...over,
});
const actions = () => ({ replaceMisspelling: vi.fn(), addToDictionary: vi.fn() });
const labels = (items: MenuItemConstructorOptions[]) =>
  items.map((i) => i.label ?? i.role ?? i.type);

describe('contextMenuTemplate (webContents, Event: context-menu — Electron docs)', () => {
  it('offers Cut, Copy, Paste and Select all in a text field', () => {
    expect(labels(contextMenuTemplate(params(), actions()))).toEqual([
      'cut',
      'copy',
      'paste',
      'separator',
      'selectAll',
    ]);
  });

  it('greys out what the field cannot do', () => {
    const flags = { ...params().editFlags, canCut: false, canCopy: false };
    const items = contextMenuTemplate(params({ editFlags: flags }), actions());
    expect(items.find((i) => i.role === 'cut')?.enabled).toBe(false);
    expect(items.find((i) => i.role === 'copy')?.enabled).toBe(false);
    expect(items.find((i) => i.role === 'paste')?.enabled).toBe(true);
  });

  it('puts suggestions and Add to dictionary first on a misspelt word', () => {
    const act = actions();
    const items = contextMenuTemplate(
      params({ misspelledWord: 'recieve', dictionarySuggestions: ['receive', 'relieve'] }),
      act,
    );
    expect(labels(items).slice(0, 5)).toEqual([
      'receive',
      'relieve',
      'separator',
      'Add to dictionary',
      'separator',
    ]);
    (items[0]?.click as () => void)?.();
    expect(act.replaceMisspelling).toHaveBeenCalledWith('receive');
    (items[3]?.click as () => void)?.();
    expect(act.addToDictionary).toHaveBeenCalledWith('recieve');
  });

  it('says so when there is no suggestion, and lists at most five', () => {
    const none = contextMenuTemplate(params({ misspelledWord: 'zzqx' }), actions());
    expect(none[0]).toMatchObject({ label: 'No suggestions', enabled: false });
    const many = contextMenuTemplate(
      params({ misspelledWord: 'teh', dictionarySuggestions: ['a', 'b', 'c', 'd', 'e', 'f'] }),
      actions(),
    );
    expect(labels(many).slice(0, 6)).toEqual(['a', 'b', 'c', 'd', 'e', 'separator']);
  });

  it('offers Copy (with a selection) and Select all on plain text', () => {
    const none = contextMenuTemplate(params({ isEditable: false }), actions());
    expect(labels(none)).toEqual(['copy', 'selectAll']);
    expect(none[0]?.enabled).toBe(false);
    const some = contextMenuTemplate(
      params({ isEditable: false, selectionText: 'PMM' }),
      actions(),
    );
    expect(some[0]?.enabled).toBe(true);
  });
});

describe('applySpelling (Session: setSpellCheckerEnabled, setSpellCheckerDictionaryDownloadURL — Electron docs)', () => {
  const ses = () => session.defaultSession as unknown as Session;

  it('off: checker disabled and the download pointed at a port where nothing listens', () => {
    applySpelling(ses(), false);
    expect(session.defaultSession.spellCheckerEnabled).toBe(false);
    expect(session.defaultSession.dictionaryDownloadURL).toBe(NO_DICTIONARY_URL);
    expect(new URL(NO_DICTIONARY_URL).hostname).toBe('127.0.0.1');
  });

  it("on: checker enabled with Chromium's own dictionary server", () => {
    applySpelling(ses(), true);
    expect(session.defaultSession.spellCheckerEnabled).toBe(true);
    expect(session.defaultSession.dictionaryDownloadURL).toBe(CHROMIUM_DICTIONARY_URL);
  });
});

describe('app settings file', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'crossroads-settings-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('defaults to spelling off when the file is missing, unreadable or odd', () => {
    expect(readAppSettings(dir)).toEqual({ spellcheck: false });
    for (const text of ['not json', 'null', '[]', '{"spellcheck":"yes"}', '{"spellcheck":1}']) {
      expect(
        readAppSettings(dir, () => text),
        text,
      ).toEqual({ spellcheck: false });
    }
  });

  it('round-trips through the data folder', async () => {
    await writeAppSettings(dir, { spellcheck: true });
    expect(JSON.parse(readFileSync(join(dir, APP_SETTINGS_FILE), 'utf8'))).toEqual({
      spellcheck: true,
    });
    expect(readAppSettings(dir)).toEqual({ spellcheck: true });
  });
});
