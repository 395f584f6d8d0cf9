// dist/budget-viz-embed.js, for the page that holds budget-viz iframes (embed.html): sets each
// iframe's height to the content height its page reports, so nothing is cut off and nothing
// scrolls. A classic script (ES2017, no module, no dependencies): <script src="…" defer>.
//
// Only an iframe of this page can resize itself, and only its own height: the message's source
// must be that iframe's window. `data-budget-viz-origin="https://cdn.example …"` on an iframe
// also requires the message to come from one of those origins.
(function listenForEmbedHeights() {
  /** Taller than any report; a bigger value is a defect, not a height. */
  const MAX_HEIGHT = 100000;

  function handleMessage(event: MessageEvent) {
    const data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'budget-viz:height') return;
    const height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < 0) return;
    const frames = document.getElementsByTagName('iframe');
    for (let i = 0; i < frames.length; i++) {
      const frame = frames[i];
      if (frame.contentWindow === null || frame.contentWindow !== event.source) continue;
      const origins = (frame.getAttribute('data-budget-viz-origin') || '').split(/\s+/).filter(Boolean);
      if (origins.length > 0 && origins.indexOf(event.origin) === -1) return;
      // Through the CSSOM, which a strict style-src allows (a style attribute it would not).
      frame.style.height = Math.ceil(Math.min(height, MAX_HEIGHT)) + 'px';
      return;
    }
  }

  window.addEventListener('message', handleMessage);
})();

export {};
