/**
 * Loads the templates from main once and shares them. Templates are read-only
 * data for the session; a workbook names the one it was made from.
 */

import { api, messageOf, unwrap } from '@renderer/lib/api';
import { fulfilledValue } from '@renderer/lib/fulfilled';
import type { Template } from '@shared/schemas/template';
import { createContext, type ReactNode, use, useEffect, useState } from 'react';

export type TemplatesState =
  | { status: 'loading' }
  | { status: 'ready'; templates: Template[]; problems: { file: string; message: string }[] }
  | { status: 'failed'; message: string };

const TemplatesContext = createContext<TemplatesState>({ status: 'loading' });

let request: ReturnType<typeof listTemplates> | null = null;
/** The answer, once it is in: the provider's first state when it came before React did. */
let answered: () => Awaited<ReturnType<typeof listTemplates>> | undefined = () => undefined;
const listTemplates = () => unwrap(api().templates.list());

const ready = (r: Awaited<ReturnType<typeof listTemplates>>): TemplatesState => ({
  status: 'ready',
  templates: r.templates,
  problems: r.problems,
});

/**
 * Asks main for the templates once per page. Called before the first render
 * (`app/startEarly.ts`) so the answer is on its way while React starts.
 */
export const requestTemplates = (): ReturnType<typeof listTemplates> => {
  if (request === null) {
    request = listTemplates();
    answered = fulfilledValue(request);
  }
  return request;
};

export const TemplatesProvider = ({ children }: { children: ReactNode }) => {
  const [state, setState] = useState<TemplatesState>(() => {
    const r = answered();
    return r ? ready(r) : { status: 'loading' };
  });
  useEffect(() => {
    let live = true;
    requestTemplates().then(
      (r) => live && setState(ready(r)),
      (err: unknown) => live && setState({ status: 'failed', message: messageOf(err) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return <TemplatesContext value={state}>{children}</TemplatesContext>;
};

export const useTemplates = (): TemplatesState => use(TemplatesContext);

/** The template with `id`, when templates have loaded and it exists. */
export const useTemplate = (id: string | undefined): Template | undefined => {
  const state = useTemplates();
  return state.status === 'ready' ? state.templates.find((t) => t.id === id) : undefined;
};
