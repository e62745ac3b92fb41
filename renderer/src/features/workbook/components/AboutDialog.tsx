/**
 * Help › About: the app's version, its Electron and Chromium versions, and
 * where the data folder is, with a button to show it.
 */

import { Dialog } from '@renderer/components/Dialog';
import { api, messageOf, unwrap } from '@renderer/lib/api';
import { useCommand } from '@renderer/lib/commands';
import type { AppInfo } from '@shared/ipc/contract';
import { useEffect, useState } from 'react';

export const AboutDialog = () => {
  const [open, setOpen] = useState(false);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  useCommand('help:about', () => setOpen(true));

  useEffect(() => {
    if (!open || info) return;
    unwrap(api().app.getInfo()).then(setInfo, (err: unknown) => setError(messageOf(err)));
  }, [open, info]);

  const showFolder = async () => {
    try {
      await unwrap(api().shell.showDataFolder());
    } catch (err) {
      setError(messageOf(err));
    }
  };

  return (
    <Dialog
      open={open}
      title="About Crossroads"
      onClose={() => setOpen(false)}
      actions={
        <>
          <button type="button" onClick={() => void showFolder()}>
            Show data folder
          </button>
          <button type="button" className="button button--primary" onClick={() => setOpen(false)}>
            Close
          </button>
        </>
      }
    >
      {error ? <p className="field__error">{error}</p> : null}
      {info ? (
        <dl className="about-list">
          <dt>Version</dt>
          <dd>{info.version}</dd>
          <dt>Electron</dt>
          <dd>{info.electron}</dd>
          <dt>Chromium</dt>
          <dd>{info.chrome}</dd>
          <dt>Data folder</dt>
          <dd>
            <code>{info.dataDir}</code>
          </dd>
        </dl>
      ) : (
        <p>Loading…</p>
      )}
    </Dialog>
  );
};
