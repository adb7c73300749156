import { BarChart, LineChart, type BarSeriesOption, type LineSeriesOption } from 'echarts/charts';
import { GridComponent, TooltipComponent, type GridComponentOption, type TooltipComponentOption } from 'echarts/components';
import { init, use as register, type ComposeOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

/**
 * The parts of ECharts the indicator chart uses, and only those: the full
 * bundle is about a megabyte. The SVG renderer draws text and marks as DOM
 * nodes, which screen magnifiers and tests can read, and sets styles
 * through the CSSOM, which the page's Content-Security-Policy allows.
 */
register([LineChart, BarChart, GridComponent, TooltipComponent, SVGRenderer]);

export type IndicatorChartOption = ComposeOption<LineSeriesOption | BarSeriesOption | GridComponentOption | TooltipComponentOption>;

export { init };
