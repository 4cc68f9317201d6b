import type { StringKey } from './strings.ts';

/** The four quad classes (1 verbal cooperation … 4 material conflict): labels and colours shared by every chart. */
export const QUADS = [1, 2, 3, 4] as const;
export const QUAD_LABEL: Record<number, StringKey> = { 1: 'quad1', 2: 'quad2', 3: 'quad3', 4: 'quad4' };
// blues for cooperation, orange/red for conflict: distinct for common colour-vision deficiencies
export const QUAD_COLOUR: Record<number, string> = { 1: '#6baed6', 2: '#08519c', 3: '#fd8d3c', 4: '#b2182b' };
