/**
 * Security, seen from the page under the e2e harness (Chromium with a test
 * preload, not Electron): the renderer bundle adds no Node globals and uses
 * only the contract's bridge, the CSP on the served page (no eval, no injected
 * inline script), a full user journey that never leaves the app's origin, and
 * the About panel's wiring. What only the real Electron can show (the real
 * preload's frozen bridge, no Node in the sandboxed page, the real versions)
 * is in tests/electron/smoke.spec.ts (`npm run test:electron`); the
 * main-process half is in tests/unit/security/.
 */
import { bridgeKeys } from '@shared/ipc/bridge';
import { expect, test } from './fixtures';
import { SECTION_LABELS, WorkbookPage } from './pages/WorkbookPage';

test('harness: the renderer bundle defines no Node globals (require, process, module, Buffer, global)', async ({
  app,
}) => {
  const types = await app.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    return {
      require: typeof w.require,
      process: typeof w.process,
      module: typeof w.module,
      Buffer: typeof w.Buffer,
      global: typeof w.global,
      ipcRenderer: typeof w.ipcRenderer,
    };
  });
  expect(types).toEqual({
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    Buffer: 'undefined',
    global: 'undefined',
    ipcRenderer: 'undefined',
  });
});

test('harness: the app is wired to exactly the contract’s bridge keys', async ({ app }) => {
  // The harness's test preload builds the bridge from the same contract; that the real preload
  // exposes these keys, frozen, is proved in electron/preload/index.test.ts and the smoke test.
  const keys = await app.evaluate(() =>
    Object.keys((window as unknown as { crossroads: object }).crossroads).sort(),
  );
  expect(keys).toEqual(bridgeKeys());
  // …and starts with nothing more.
  await expect(app.getByRole('heading', { name: 'Start a new workbook' })).toBeVisible();
});

test('the page is served with the CSP without unsafe-eval, and injected inline script does not run', async ({
  app,
  appControl,
}) => {
  const response = await app.request.get(app.url());
  const csp = response.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toContain('unsafe-inline');

  // The browser reports the refusal below as a console error; it is the point of this test.
  // (eval cannot be probed from here: code run through the DevTools protocol is exempt from CSP.)
  appControl.allowConsoleErrors(/Content Security Policy/i);
  const { inlineRan, violated } = await app.evaluate(async () => {
    const w = window as unknown as { __inlineRan?: boolean };
    const violation = new Promise<string>((done) =>
      document.addEventListener('securitypolicyviolation', (e) => done(e.effectiveDirective), {
        once: true,
      }),
    );
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.body.append(script);
    return { violated: await violation, inlineRan: w.__inlineRan === true };
  });
  expect(violated).toMatch(/^script-src/);
  expect(inlineRan).toBe(false);
});

test('the harness sees and stops a request outside the app origin', async ({ appControl }) => {
  // Proves the check the next test (and every spec) relies on can fail: a page with no CSP in
  // the same browser asks for an outside address; it must fail and be recorded.
  appControl.allowConsoleErrors(/^console \(about:blank\): .*ERR_NAME_NOT_RESOLVED/);
  const extra = await appControl.page().context().newPage();
  const outcome = await extra.evaluate(() =>
    fetch('http://outside.example/probe').then(
      () => 'answered',
      () => 'failed',
    ),
  );
  await extra.close();
  expect(outcome).toBe('failed');
  expect(appControl.externalRequests).toEqual(['http://outside.example/probe']);
  appControl.externalRequests.length = 0; // handled here; the fixture's own check stays strict
});

test('a full journey makes no request outside the app origin', async ({ app, appControl }) => {
  const wb = new WorkbookPage(app);
  await wb.openSample();
  for (const label of SECTION_LABELS) await wb.goTo(label);
  await appControl.command('help:about');
  await expect(app.getByRole('dialog', { name: 'About Crossroads' })).toBeVisible();
  await app.getByRole('button', { name: 'Close' }).click();
  await appControl.reload();
  const again = new WorkbookPage(appControl.page());
  for (const label of SECTION_LABELS) await again.goTo(label);
  const page = await appControl.restart();
  await expect(new WorkbookPage(page).sectionsNav).toBeVisible();
  // The fixture blocks and records every request outside the app origin (and fails
  // the test at teardown too); assert here so the journey itself states it.
  expect(appControl.externalRequests).toEqual([]);
});

test('harness: About shows what app:getInfo answers and opens the data folder', async ({
  app,
  appControl,
  dataDir,
}) => {
  await appControl.command('help:about');
  const about = app.getByRole('dialog', { name: 'About Crossroads' });
  await expect(about).toBeVisible();
  // The harness's app:getInfo port answers version 0.1.0 and "e2e-harness" for
  // Electron and Chromium (tests/e2e/harness/mainPorts.ts); the data folder is this test's.
  const value = (term: string) =>
    about.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');
  await expect(value('Version')).toHaveText('0.1.0');
  await expect(value('Electron')).toHaveText('e2e-harness');
  await expect(value('Chromium')).toHaveText('e2e-harness');
  await expect(value('Data folder')).toHaveText(dataDir);
  await about.getByRole('button', { name: 'Show data folder' }).click();
  await expect.poll(() => appControl.main().shownInFolder).toEqual([dataDir]);
});
