// These d3 modules ship no types and no @types package is installed: the d3 page types its own callbacks.
declare module 'd3-interpolate';
declare module 'd3-scale-chromatic';
declare module 'd3-selection';
declare module 'd3-transition';
