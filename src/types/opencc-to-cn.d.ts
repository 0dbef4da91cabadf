// opencc-js ships no types for its per-dictionary entry points; this one is `[[TSPhrases, TSCharacters]]`.
declare module 'opencc-js/to/cn' {
  import type { DictGroup } from 'opencc-js/core';

  const toCn: readonly DictGroup[];
  export default toCn;
}
