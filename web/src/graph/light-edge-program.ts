/**
 * The edge program of the light tier (see view.ts): sigma's one-pixel line, one plain draw for all
 * edges, and no picking pass. Arrowheads and clickable edges cost an instanced draw each (per
 * instance, under software WebGL) and say nothing in a picture of thousands of edges.
 */
import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';
import { EdgeLineProgram } from 'sigma/rendering';

export class LightEdgeProgram<N extends Attributes = Attributes, E extends Attributes = Attributes, G extends Attributes = Attributes> extends EdgeLineProgram<N, E, G> {
  constructor(gl: WebGLRenderingContext, _pickingBuffer: WebGLFramebuffer | null, renderer: Sigma<N, E, G>) {
    super(gl, null, renderer);
  }
}
