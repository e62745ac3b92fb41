// The browser's floor for edit → paint: an input whose every change is written,
// formatted, into the cells and the line of text the app's helper waits for (the
// column's total and average, the verdict) and into one chart label, with no framework
// at all. Measured with the same helper as the app (tests/e2e/support/editToPaint.ts).
const input = document.getElementById('edit');
const [total, average] = document.querySelectorAll('.offer-grid__results td');
const verdict = document.querySelector('.verdict__headline');
const chart = document.getElementById('chart');
const money = (n) => `$${n.toLocaleString('en-US')}`;
input.addEventListener('input', () => {
  const base = Number(input.value);
  total.textContent = money(base * 4);
  average.textContent = money(base);
  verdict.textContent = `This offer pays ${money(base * 4)} over 4 years.`;
  chart.setAttribute('aria-label', `Cumulative pay. ${money(base)}`);
});
performance.mark('crossroads:app-ready');
document.documentElement.dataset.appReady = 'true';
