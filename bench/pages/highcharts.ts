import Highcharts from 'highcharts';
import 'highcharts/modules/sunburst';
import { nextFrame, register, ZOOM_MS } from './api.js';

let chart: Highcharts.Chart | undefined;
let animation: false | { duration: number } = false;

// Highcharts has no "animation finished" event for a drill: wait its duration after the redraw.
const settled = async () => {
  if (animation) await new Promise((resolve) => setTimeout(resolve, animation ? animation.duration : 0));
  await nextFrame();
};

register({
  render(data, container) {
    return new Promise((resolve) => {
      chart = Highcharts.chart(container, {
        chart: { animation },
        title: { text: undefined },
        credits: { enabled: false },
        plotOptions: { series: { animation } },
        series: [{
          type: 'sunburst',
          data: data as Highcharts.PointOptionsObject[],
          allowTraversingTree: true,
          cursor: 'pointer',
          // Labels only on arcs wide enough to hold some text, as the d3 and budget-viz pages do.
          dataLabels: { format: '{point.name}', filter: { property: 'innerArcLength', operator: '>', value: 16 } },
          levels: [{ level: 1, levelIsConstant: false }],
        }],
      }, () => resolve());
    });
  },
  async zoom(id) {
    (chart!.series[0] as unknown as { setRootNode(id: string, redraw: boolean, args: object): void }).setRootNode(id, true, { trigger: 'click' });
    await settled();
  },
  async zoomOut() {
    (chart!.series[0] as unknown as { setRootNode(id: string, redraw: boolean, args: object): void }).setRootNode('root', true, { trigger: 'click' });
    await settled();
  },
  async setAnimation(on) {
    animation = on ? { duration: ZOOM_MS } : false;
    chart!.update({ chart: { animation }, plotOptions: { series: { animation } } }, true, false, false);
    await nextFrame();
  },
});
