import { toCsv } from '../../../server/domain/csv';

function download(href: string, name: string) {
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  a.click();
}

/** The chart as a PNG, on a white background (the canvas itself is transparent). */
export function downloadPng(canvas: HTMLCanvasElement, name: string) {
  const out = document.createElement('canvas');
  out.width = canvas.width;
  out.height = canvas.height;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(canvas, 0, 0);
  download(out.toDataURL('image/png'), name);
}

/** The chart's numbers as CSV for Excel (BOM, semicolons), the same format as every export here. */
export function downloadCsv(header: string[], rows: (string | number | null)[][], name: string) {
  const url = URL.createObjectURL(new Blob([toCsv(header, rows)], { type: 'text/csv;charset=utf-8' }));
  download(url, name);
  URL.revokeObjectURL(url);
}
