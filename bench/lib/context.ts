/** What every benchmark is given by bench/run.ts. */
export interface BenchContext {
  /** The project root (/work/main). */
  root: string;
  /** bench/out/, git-ignored scratch space. */
  out: string;
  /** --quick: smallest sizes and fewest repetitions, for a smoke run. */
  quick: boolean;
  /** --reuse: use the site already built under bench/out/ instead of building it again. */
  reuse: boolean;
  /** Progress line on stderr. */
  log: (message: string) => void;
}
