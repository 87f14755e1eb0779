import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef } from 'react';

/**
 * An ECharts chart. The picture is for sighted readers; `label` and the table the caller puts beside it (see
 * ChartFigure) carry the same numbers for everyone else.
 */
export default function Chart({ option, height = 280 }: { option: EChartsCoreOption; height?: number }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let chart: { setOption(o: EChartsCoreOption): void; resize(): void; dispose(): void } | undefined;
    const resize = () => chart?.resize();
    void import('./echarts').then(({ echarts }) => {
      if (disposed || !element.current) return;
      chart = echarts.init(element.current, undefined, { renderer: 'svg' });
      chart.setOption(option);
      window.addEventListener('resize', resize);
    });
    return () => {
      disposed = true;
      window.removeEventListener('resize', resize);
      chart?.dispose();
    };
  }, [option]);
  return <div ref={element} style={{ width: '100%', height }} aria-hidden="true" />;
}
