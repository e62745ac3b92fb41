// The browser's floor for edit → paint: an input whose every change is written,
// formatted, into one table cell and one chart label, with no framework at all.
// Measured with the same helper as the app (tests/e2e/support/editToPaint.ts).
const input = document.getElementById('edit');
const cell = document.querySelector('.pay-table td');
const chart = document.getElementById('chart');
input.addEventListener('input', () => {
  const text = `$${Number(input.value).toLocaleString('en-US')}`;
  cell.textContent = text;
  chart.setAttribute('aria-label', `Cumulative pay. ${text}`);
});
performance.mark('crossroads:app-ready');
document.documentElement.dataset.appReady = 'true';
