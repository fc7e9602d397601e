/** The dashboard's sections; the page (entrypoints) wires them with the settings functions. */
export { DraftsSection, type DraftsSectionProps } from './DraftsSection';
export { ReachSection, type ReachSectionProps } from './ReachSection';
export { DataSection, type DataSectionProps } from './DataSection';
export { Chart, type ChartProps, type ChartSeries } from './Chart';
