// Injected before any page script (page.addInitScript) in the explorer and in the baseline page
// alike, so both are timed the same way. It finds each Cytoscape instance as its renderer mounts
// (Cytoscape adds a class to its container, which holds `_cyreg.cy`) and records:
// - firstRender: performance.now() of the first 'render' event with nodes in the graph;
// - the first URL change and the first aria-live text change after `tapAt`, i.e. when a tap took effect;
// - frame times: after bench.recordFrames(cy), from the next pan of cy, one per animation frame,
//   until bench.stopFrames() returns them.
// A plain string, so no compiler helper can end up inside code that runs in the page.
export const GRAPH_PROBE = `(() => {
  const bench = { firstRender: undefined, instances: [], tapAt: undefined, urlAt: undefined, liveAt: undefined };
  window.__bench = bench;
  let recording = false;
  let frames = [];
  bench.recordFrames = (cy) => {
    frames = [];
    cy.one('viewport', () => {
      recording = true;
      let last = performance.now();
      const tick = (now) => {
        if (!recording) return;
        frames.push(now - last);
        last = now;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  };
  bench.stopFrames = () => {
    recording = false;
    return frames;
  };
  const attach = (cy) => {
    if (!cy || bench.instances.includes(cy)) return;
    bench.instances.push(cy);
    cy.on('render', () => {
      if (bench.firstRender === undefined && cy.nodes().length > 0) bench.firstRender = performance.now();
    });
  };
  const seen = () => {
    if (bench.tapAt !== undefined && bench.liveAt === undefined) bench.liveAt = performance.now();
  };
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes' && record.target.classList.contains('__________cytoscape_container')) {
        attach(record.target._cyreg && record.target._cyreg.cy);
        continue;
      }
      const target = record.target.nodeType === 1 ? record.target : record.target.parentElement;
      if (target && target.closest && target.closest('[aria-live]') && (target.closest('[aria-live]').textContent || '').trim() !== '') seen();
    }
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class'] });
  for (const name of ['pushState', 'replaceState']) {
    const original = history[name].bind(history);
    history[name] = (...args) => {
      const result = original(...args);
      if (bench.tapAt !== undefined && bench.urlAt === undefined) bench.urlAt = performance.now();
      return result;
    };
  }
})();`;
