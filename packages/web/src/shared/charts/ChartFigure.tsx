import { lazy, Suspense } from 'react';
import type { EChartsCoreOption } from 'echarts/core';
import { Skeleton } from 'antd';

const Chart = lazy(() => import('./Chart'));

export interface ChartRow {
  label: string;
  values: Array<{ name: string; value: number | string }>;
}

/** A chart with its caption and the same numbers as a table that screen readers (and the curious) can read. */
export function ChartFigure({
  caption,
  option,
  rows,
  columns,
  height,
}: {
  caption: string;
  option: EChartsCoreOption;
  rows: ChartRow[];
  columns: string[];
  height?: number;
}) {
  return (
    <figure style={{ margin: 0 }}>
      <figcaption>{caption}</figcaption>
      <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: height ?? 280 }} />}>
        <Chart option={option} height={height} />
      </Suspense>
      {/* A table is as wide as its content whatever its own width: the box around it hides it instead. */}
      <div className="visually-hidden">
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {row.values.map((cell) => (
                  <td key={cell.name}>{cell.value}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
