// The browser's floor: a page that does nothing but say it is ready.
performance.mark('crossroads:app-ready');
document.documentElement.dataset.appReady = 'true';
