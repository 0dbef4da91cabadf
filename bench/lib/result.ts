// The shape of bench/results.json: one section per benchmark, each a list of figures that put our
// number beside its baseline (measured in the same run) and its target.

/** A goal from the issue, and whether this run met it (undefined: no figure to judge). */
export interface Target {
  /** The goal in words, e.g. "≤ 1 s". */
  text: string;
  met: boolean | undefined;
}

/** One measured number, ours beside the baseline's. */
export interface Figure {
  /** Stable id, e.g. "graph.render.2000". */
  id: string;
  /** What it is, for the report. */
  label: string;
  /** Unit of `ours` and `baseline`: "ms", "s", "KB", "MB", "bytes", "fps"… */
  unit: string;
  /** Our figure; undefined with `missing` saying why. */
  ours?: number | undefined;
  /** The baseline's figure in the same unit, when the figure has one. */
  baseline?: number | undefined;
  /** What the baseline is, e.g. "plain Astro MDX build of the same files". */
  baselineLabel?: string | undefined;
  /** ours / baseline, rounded; undefined when either is missing. */
  ratio?: number | undefined;
  target?: Target | undefined;
  /** Why ours (or the baseline) has no number: "not measured yet: …". */
  missing?: string | undefined;
  /** A short remark: how it was measured, an extrapolation, a timeout. */
  note?: string | undefined;
}

/** A series for a chart: labelled values per x. */
export interface Chart {
  title: string;
  unit: string;
  /** x labels, e.g. ["10", "100", "1000"]. */
  x: string[];
  series: { name: string; values: (number | undefined)[] }[];
}

/** What one benchmark reports. */
export interface Section {
  id: 'build' | 'page-weight' | 'graph' | 'search' | 'neo4j';
  title: string;
  /** "measured", "partial" (some subjects missing) or "not-measured" (nothing could run). */
  status: 'measured' | 'partial' | 'not-measured';
  /** For partial and not-measured: why. */
  reasons: string[];
  figures: Figure[];
  charts: Chart[];
  notes: string[];
  /** Wall time the benchmark itself took, in seconds. */
  seconds: number;
  /** When it ran (ISO time): sections merged from another run (--merge) keep their own. */
  startedAt?: string | undefined;
}

/** bench/results.json. */
export interface Results {
  version: 1;
  startedAt: string;
  quick: boolean;
  machine: { cpus: number; memoryGB: number; platform: string; node: string; chromium?: string | undefined };
  sections: Section[];
}
