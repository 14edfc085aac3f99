import { useId } from 'react';

export interface BarRow {
  label: string;
  value: number;
  /** The value as people read it ("332字/分"). */
  display: string;
  tone: 'ok' | 'low' | 'high' | 'info';
}

export interface BarChartProps {
  title: string;
  /** Column headings of the hidden table: the row label and the value. */
  columns: [string, string];
  rows: readonly BarRow[];
  /** Right end of the scale; the bars, band and lines are drawn against it. */
  max: number;
  /** The norm as a shaded band (e.g. 200–400 字/分). */
  band?: { from: number; to: number; label: string };
  /** Reference lines (e.g. the 0.15 monotone line). */
  lines?: ReadonlyArray<{ value: number; label: string }>;
  testId: string;
}

const WIDTH = 320;
const LABEL_WIDTH = 44;
const VALUE_WIDTH = 78;
const ROW = 22;
const TOP = 16;

/**
 * A horizontal bar chart in plain SVG (no chart library): one bar per row, the norm as a band or lines.
 * The drawing is hidden from assistive technology; the same figures are in a visually hidden table.
 */
export function BarChart({ title, columns, rows, max, band, lines = [], testId }: BarChartProps) {
  const titleId = useId();
  const plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const x = (value: number) => LABEL_WIDTH + (Math.max(0, Math.min(value, max)) / max) * plot;
  const height = TOP + rows.length * ROW + 6;
  return (
    <figure className="chart" aria-labelledby={titleId} data-testid={testId}>
      <figcaption id={titleId} className="chart__title">
        {title}
      </figcaption>
      <svg className="chart__svg" viewBox={`0 0 ${WIDTH} ${height}`} aria-hidden="true" focusable="false">
        {band && (
          <rect
            className="chart__band"
            x={x(band.from)}
            y={TOP - 4}
            width={Math.max(1, x(band.to) - x(band.from))}
            height={rows.length * ROW + 4}
          />
        )}
        {rows.map((row, index) => {
          const y = TOP + index * ROW;
          return (
            <g key={row.label}>
              <text className="chart__label" x={LABEL_WIDTH - 6} y={y + 13} textAnchor="end">
                {row.label}
              </text>
              <rect
                className={`chart__bar chart__bar--${row.tone}`}
                x={LABEL_WIDTH}
                y={y + 3}
                width={Math.max(1, x(row.value) - LABEL_WIDTH)}
                height={ROW - 8}
                rx={2}
              />
              <text className="chart__value" x={x(row.value) + 4} y={y + 13}>
                {row.display}
              </text>
            </g>
          );
        })}
        {lines.map((line) => (
          <g key={line.label}>
            <line className="chart__line" x1={x(line.value)} x2={x(line.value)} y1={TOP - 6} y2={height - 2} />
            <text className="chart__line-label" x={x(line.value)} y={TOP - 8} textAnchor="middle">
              {line.value}
            </text>
          </g>
        ))}
      </svg>
      <p className="chart__legend" aria-hidden="true">
        {band && (
          <span>
            <span className="chart__swatch chart__swatch--band" /> {band.label}
          </span>
        )}
        {lines.map((line) => (
          <span key={line.label}>
            <span className="chart__swatch chart__swatch--line" /> {line.label}
          </span>
        ))}
      </p>
      <table className="visually-hidden" data-testid={`${testId}-table`}>
        <caption>{[title, band?.label, ...lines.map((line) => line.label)].filter(Boolean).join(' / ')}</caption>
        <thead>
          <tr>
            <th scope="col">{columns[0]}</th>
            <th scope="col">{columns[1]}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{row.display}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
