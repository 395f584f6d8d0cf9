// ECharts built the documented tree-shaken way: core, one chart, one component, one renderer.
import * as echarts from 'echarts/core';
import { SunburstChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { register, ZOOM_MS } from './api.js';

declare const RENDERER: 'canvas' | 'svg';
echarts.use([SunburstChart, TooltipComponent, RENDERER === 'svg' ? SVGRenderer : CanvasRenderer]);

let chart: echarts.ECharts | undefined;
let animate = false;

const finished = () => new Promise<void>((resolve) => chart!.on('finished', function done() {
  chart!.off('finished', done);
  resolve();
}));

register({
  async render(data, container) {
    chart = echarts.init(container, null, { renderer: RENDERER });
    const done = finished();
    chart.setOption({
      animation: animate,
      animationDurationUpdate: ZOOM_MS,
      tooltip: {},
      series: [{
        type: 'sunburst',
        data: data as never,
        radius: ['15%', '95%'],
        nodeClick: 'rootToNode',
        sort: undefined,
        // Labels only on arcs wide enough to hold some text, as the d3 and budget-viz pages do.
        label: { rotate: 'radial', minAngle: 6 },
      }],
    });
    await done;
  },
  async zoom(id) {
    const done = finished();
    chart!.dispatchAction({ type: 'sunburstRootToNode', targetNode: id });
    await done;
  },
  async zoomOut() {
    const done = finished();
    chart!.dispatchAction({ type: 'sunburstRootToNode', targetNode: 'root' });
    await done;
  },
  async setAnimation(on) {
    animate = on;
    const done = finished();
    chart!.setOption({ animation: on });
    await done;
  },
});
