// One renderer per chart kind: the chart figure and the SVG download draw with the same map.
import GroupedBar from '../charts/GroupedBar.astro';
import HorizontalBar from '../charts/HorizontalBar.astro';
import Proportion from '../charts/Proportion.astro';
import Slope from '../charts/Slope.astro';
import TileMap from '../charts/TileMap.astro';
import Timeline from '../charts/Timeline.astro';

export const CHART_RENDERERS = {
  'horizontal-bar': HorizontalBar,
  'grouped-bar': GroupedBar,
  slope: Slope,
  proportion: Proportion,
  timeline: Timeline,
  'tile-map': TileMap,
} as const;
