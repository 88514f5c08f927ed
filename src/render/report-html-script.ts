/**
 * Script of the HTML report, run in the browser after chart.js: it draws the
 * charts listed in the `report-data` JSON, makes the table headers sort the
 * rows, resizes the charts for print, and finally sets `window.ikiReady`.
 * It is plain browser JavaScript kept as a string, because the page must
 * carry it inline.
 */
export const REPORT_PAGE_SCRIPT = String.raw`
(() => {
  'use strict';
  const data = JSON.parse(document.getElementById('report-data').textContent);
  const numberFormat = new Intl.NumberFormat(data.locale, { maximumFractionDigits: 2 });

  // A4 landscape with 12mm margins leaves 273mm x 186mm, about 1031 x 703 CSS
  // pixels. A printed chart stays a little narrower, and at most 440 pixels
  // high so that the overview fits on the first page under the title.
  const PRINT_WIDTH = 1000;
  const PRINT_BAR_HEIGHT = 11;
  const PRINT_MAX_HEIGHT = 440;
  const PRINT_LABEL_SIZE = 8;
  const SCREEN_LABEL_SIZE = 11;

  // chart.js has no reference line without its annotation plugin, so this
  // small plugin draws the dashed 100 % line after the bars.
  const referenceLine = {
    id: 'ikiReferenceLine',
    afterDatasetsDraw(chart) {
      const x = chart.scales.x.getPixelForValue(100);
      const area = chart.chartArea;
      if (x < area.left || x > area.right) return;
      const context = chart.ctx;
      context.save();
      context.strokeStyle = '#1f2328';
      context.lineWidth = 1.5;
      context.setLineDash([6, 4]);
      context.beginPath();
      context.moveTo(x, area.top);
      context.lineTo(x, area.bottom);
      context.stroke();
      context.setLineDash([]);
      context.fillStyle = '#1f2328';
      context.font = '600 11px system-ui, sans-serif';
      context.textAlign = 'center';
      context.textBaseline = 'bottom';
      context.fillText(data.texts.referenceLine, x, area.top - 3);
      context.restore();
    },
  };

  // The axis reaches past the longest bar and always shows the 100 % line.
  function axisEnd(bars) {
    const longest = Math.max(...bars.map((bar) => bar.value));
    return Math.max(110, Math.ceil(longest / 10) * 10 + 10);
  }

  function drawChart(spec) {
    const canvas = document.getElementById(spec.canvasId);
    if (!canvas) return undefined;
    const chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: spec.bars.map((bar) => bar.label),
        datasets: [{
          data: spec.bars.map((bar) => bar.value),
          backgroundColor: spec.bars.map((bar) => bar.color),
          borderWidth: 0,
          barPercentage: 0.85,
          categoryPercentage: 0.9,
        }],
      },
      options: {
        indexAxis: 'y',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        // Twice the screen resolution at least, so the printed bars stay sharp.
        devicePixelRatio: Math.max(window.devicePixelRatio || 1, 2),
        layout: { padding: { top: 18, right: 16 } },
        scales: {
          x: {
            suggestedMin: 0,
            suggestedMax: axisEnd(spec.bars),
            title: { display: true, text: data.texts.axis },
            ticks: { callback: (value) => numberFormat.format(value) },
          },
          y: { ticks: { autoSkip: false, font: { size: SCREEN_LABEL_SIZE } } },
        },
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              title: (items) => spec.bars[items[0].dataIndex].name,
              label: (item) => {
                const bar = spec.bars[item.dataIndex];
                return data.texts.axis + ': ' + bar.display + ' (' + bar.category + ')';
              },
              afterLabel: (item) => spec.bars[item.dataIndex].position,
            },
          },
        },
      },
      plugins: [referenceLine],
    });
    canvas.dataset.bars = String(spec.bars.length);
    return { chart, bars: spec.bars.length };
  }

  const charts = data.charts.map(drawChart).filter(Boolean);

  // chart.js sizes a chart from its container, which it does not measure again
  // in the print layout, so the print size is set here and undone afterwards.
  window.addEventListener('beforeprint', () => {
    for (const { chart, bars } of charts) {
      chart.options.scales.y.ticks.font.size = PRINT_LABEL_SIZE;
      chart.resize(PRINT_WIDTH, Math.min(bars * PRINT_BAR_HEIGHT + 56, PRINT_MAX_HEIGHT));
    }
  });
  window.addEventListener('afterprint', () => {
    for (const { chart } of charts) {
      chart.options.scales.y.ticks.font.size = SCREEN_LABEL_SIZE;
      chart.resize();
    }
  });

  const table = document.getElementById('report-table');
  const body = table.tBodies[0];
  const headers = Array.from(table.tHead.rows[0].cells);
  const originalOrder = Array.from(body.rows);
  const indicatorRows = originalOrder.filter((row) => row.classList.contains('indicator-row'));
  const collator = new Intl.Collator(data.locale, { numeric: true, sensitivity: 'base' });
  const announcement = document.getElementById('sort-status');
  let sorted = { column: -1, direction: 'none' };

  // Rows without a value stay at the bottom in both directions; equal values
  // keep the decree order.
  function compareRows(a, b, column, kind, sign) {
    const left = a.cells[column].dataset.value;
    const right = b.cells[column].dataset.value;
    const byIndex = Number(a.dataset.index) - Number(b.dataset.index);
    if (left === undefined || right === undefined) {
      if (left === right) return byIndex;
      return left === undefined ? 1 : -1;
    }
    const difference = kind === 'number' ? Number(left) - Number(right) : collator.compare(left, right);
    return difference !== 0 ? sign * difference : byIndex;
  }

  function sortTable(column, direction) {
    const header = headers[column];
    if (direction === 'none') {
      body.append(...originalOrder);
      table.classList.remove('is-sorted');
    } else {
      const sign = direction === 'ascending' ? 1 : -1;
      const kind = header.dataset.sort;
      body.append(...indicatorRows.slice().sort((a, b) => compareRows(a, b, column, kind, sign)));
      table.classList.add('is-sorted');
    }
    for (const cell of headers) cell.removeAttribute('aria-sort');
    if (direction !== 'none') header.setAttribute('aria-sort', direction);
    sorted = { column, direction };

    const name = header.querySelector('button').textContent.trim();
    if (direction === 'none') announcement.textContent = data.texts.sortOriginal;
    else if (direction === 'ascending') announcement.textContent = data.texts.sortAscending + ': ' + name;
    else announcement.textContent = data.texts.sortDescending + ': ' + name;
  }

  // Each click on the same header moves on: ascending, descending, decree order.
  function nextDirection(column) {
    if (sorted.column !== column || sorted.direction === 'none') return 'ascending';
    if (sorted.direction === 'ascending') return 'descending';
    return 'none';
  }

  headers.forEach((header, column) => {
    header.querySelector('button').addEventListener('click', () => sortTable(column, nextDirection(column)));
  });

  window.ikiReady = true;
})();
`;
