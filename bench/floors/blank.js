// The browser's floor: a page that does nothing but say it is ready, once its
// heading has painted: in the first task after the next frame, as the app
// raises its signal (renderer/src/lib/appReady.ts).
requestAnimationFrame(() =>
  scheduler.postTask(
    () => {
      performance.mark('crossroads:app-ready');
      document.documentElement.dataset.appReady = 'true';
    },
    { priority: 'user-blocking' },
  ),
);
