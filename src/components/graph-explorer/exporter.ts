import { toGraphml } from '~/lib/graph-view/export-graphml';
import { toViewJson } from '~/lib/graph-view/export-json';
import { toSvg } from '~/lib/graph-view/export-svg';
import { edgesCsv, nodesCsv } from '~/lib/graph-view/export-tables';
import type { Canvas } from './canvas';
import type { Explorer } from './explorer';
import { downloadBlob } from '~/lib/download-blob';

type Format = 'png' | 'svg' | 'graphml' | 'csv-nodes' | 'csv-edges' | 'json';

/** Downloads the current view (what is drawn, after the filters) in the format a menu button names. */
export class Exporter {
  constructor(
    menu: HTMLDetailsElement,
    private readonly explorer: Explorer,
    private readonly canvas: Canvas,
    signal: AbortSignal,
  ) {
    menu.addEventListener(
      'click',
      (event) => {
        const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-export]');
        if (!button) return;
        menu.open = false;
        void this.run(button.dataset['export'] as Format);
      },
      { signal },
    );
  }

  /** Builds the file and hands it to the browser as a download. */
  async run(format: Format): Promise<void> {
    const { explorer } = this;
    const { scene, index } = explorer;
    const stem = `graph-${explorer.options.view}`;
    const svg = () => toSvg(scene, index, document.title);
    const files: Record<Format, () => Promise<[Blob, string]>> = {
      png: async () => [(await this.canvas.png()) ?? (await rasterize(svg())), `${stem}.png`],
      svg: async () => [new Blob([svg()], { type: 'image/svg+xml' }), `${stem}.svg`],
      graphml: async () => [new Blob([toGraphml(scene)], { type: 'application/graphml+xml' }), `${stem}.graphml`],
      'csv-nodes': async () => [new Blob([nodesCsv(scene)], { type: 'text/csv' }), `${stem}-nodes.csv`],
      'csv-edges': async () => [new Blob([edgesCsv(scene)], { type: 'text/csv' }), `${stem}-relationships.csv`],
      json: async () => [
        new Blob([toViewJson(scene, explorer.options.view, location.href)], { type: 'application/json' }),
        `${stem}.json`,
      ],
    };
    const [blob, name] = await files[format]();
    downloadBlob(blob, name);
    explorer.announce(explorer.t('announce.exported', { file: name }));
  }
}

/** A PNG of the SVG export, for when the drawing is hidden (list-only mode) and Cytoscape has nothing to copy. */
async function rasterize(svg: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const scale = Math.min(2, 8000 / Math.max(image.naturalWidth, image.naturalHeight, 1));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(image.naturalWidth * scale));
    canvas.height = Math.max(1, Math.round(image.naturalHeight * scale));
    canvas.getContext('2d')?.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
