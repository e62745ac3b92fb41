/**
 * Where the user keeps an artifact. A web address opens through the main
 * process's vetted external open; anything else is treated as a file path
 * and only shown, with a copy button — the app never opens files.
 */

import { messageOf } from '@renderer/lib/api';
import { isWebLink, openExternalLink } from '@renderer/lib/externalLink';
import { useState } from 'react';

export const ItemLink = ({ link, title }: { link: string; title: string }) => {
  const [message, setMessage] = useState<string | null>(null);
  const text = link.trim();
  if (text === '') return null;
  if (isWebLink(text)) {
    const open = async () => {
      try {
        await openExternalLink(text);
        setMessage(null);
      } catch (err) {
        setMessage(messageOf(err));
      }
    };
    return (
      <p className="item-link">
        <button
          type="button"
          className="link-button"
          onClick={() => void open()}
          aria-label={`Open link for ${title}: ${text}`}
        >
          {text}
        </button>
        {message ? <span className="field__error"> {message}</span> : null}
      </p>
    );
  }
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setMessage('Copied.');
    } catch {
      setMessage('Copy did not work here; select the path and copy it by hand.');
    }
  };
  return (
    <p className="item-link">
      <code className="item-link__path">{text}</code>{' '}
      <button
        type="button"
        className="button--small"
        onClick={() => void copy()}
        aria-label={`Copy path for ${title}`}
      >
        Copy path
      </button>
      <span role="status" className="item-link__status">
        {message}
      </span>
    </p>
  );
};
