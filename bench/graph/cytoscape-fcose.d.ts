// cytoscape-fcose ships no types; the baseline page only registers it as an extension.
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export default fcose;
}
