/**
 * A sigma 3 node program that draws each node as a filled shape chosen by its `shape` attribute,
 * so entity types differ by outline as well as colour (readable in greyscale and for colour-blind
 * readers). Modelled on sigma's NodeCircleProgram: one triangle per node, the shape cut out in the
 * fragment shader with a signed distance and a one-pixel antialiased edge.
 *
 * Unlike NodeCircleProgram it is not instanced: each node writes its three corners itself. Without a
 * GPU, Chromium draws WebGL with SwiftShader, which runs an instanced draw as one draw per instance;
 * with 5,000 nodes (twice: the picture and the picking layer) that cost hundreds of milliseconds a
 * frame, even for hidden nodes, against a few for the same triangles in one plain draw.
 */
import type { Attributes } from 'graphology-types';
import { NodeProgram, type ProgramInfo } from 'sigma/rendering';
import type { NodeDisplayData, RenderParams } from 'sigma/types';
import { floatColor } from 'sigma/utils';

/** Index passed to the shader; keep in step with the branches in FRAGMENT. */
export const SHAPES = { circle: 0, square: 1, diamond: 2, triangle: 3, hexagon: 4 } as const;
export type Shape = keyof typeof SHAPES;

const VERTEX = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_position;
attribute float a_size;
attribute float a_shape;
attribute float a_angle;

uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_correctionRatio;

varying vec4 v_color;
varying vec2 v_diffVector;
varying float v_radius;
varying float v_shape;

const float bias = 255.0 / 254.0;

void main() {
  float radius = a_size * u_correctionRatio / u_sizeRatio * 2.0;
  // The triangle's inscribed circle is twice the node's radius, so square corners are not clipped.
  vec2 diffVector = radius * 4.0 * vec2(cos(a_angle), sin(a_angle));
  gl_Position = vec4((u_matrix * vec3(a_position + diffVector, 1)).xy, 0, 1);
  v_diffVector = diffVector;
  v_radius = radius;
  v_shape = a_shape;
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

const FRAGMENT = /* glsl */ `
precision highp float;

varying vec4 v_color;
varying vec2 v_diffVector;
varying float v_radius;
varying float v_shape;

uniform float u_correctionRatio;

const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);

// Signed distance (negative inside) from p to the shape of the given index and radius r.
float shapeDistance(vec2 p, float r, float shape) {
  vec2 q = abs(p);
  if (shape < 0.5) return length(p) - r;
  if (shape < 1.5) return max(q.x, q.y) - r * 0.86;
  if (shape < 2.5) return (q.x + q.y - r * 1.3) * 0.7071;
  if (shape < 3.5) return max(q.x * 0.866 + p.y * 0.5, -p.y) - r * 0.62;
  return max(q.x * 0.866 + q.y * 0.5, q.y) - r * 0.92;
}

void main(void) {
  float border = u_correctionRatio * 2.0;
  float dist = shapeDistance(v_diffVector, v_radius, v_shape);
  #ifdef PICKING_MODE
  gl_FragColor = dist > 0.0 ? transparent : v_color;
  #else
  float t = clamp(dist / border + 0.5, 0.0, 1.0);
  gl_FragColor = mix(v_color, transparent, t);
  #endif
}
`;

const { UNSIGNED_BYTE, FLOAT } = WebGLRenderingContext;
const UNIFORMS = ['u_sizeRatio', 'u_correctionRatio', 'u_matrix'] as const;
/** The three corners' directions, repeated in every node's vertices (see the header). */
const ANGLES = [0, (2 * Math.PI) / 3, (4 * Math.PI) / 3];

export class NodeShapeProgram<N extends Attributes = Attributes, E extends Attributes = Attributes, G extends Attributes = Attributes> extends NodeProgram<
  (typeof UNIFORMS)[number],
  N,
  E,
  G
> {
  getDefinition() {
    return {
      VERTICES: 3,
      VERTEX_SHADER_SOURCE: VERTEX,
      FRAGMENT_SHADER_SOURCE: FRAGMENT,
      METHOD: WebGLRenderingContext.TRIANGLES,
      UNIFORMS,
      ATTRIBUTES: [
        { name: 'a_position', size: 2, type: FLOAT },
        { name: 'a_size', size: 1, type: FLOAT },
        { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
        { name: 'a_shape', size: 1, type: FLOAT },
        { name: 'a_angle', size: 1, type: FLOAT },
      ],
    };
  }

  processVisibleItem(nodeIndex: number, startIndex: number, data: NodeDisplayData & { shape?: Shape }): void {
    const array = this.array;
    const color = floatColor(data.color);
    const shape = SHAPES[data.shape ?? 'circle'];
    for (const angle of ANGLES) {
      array[startIndex++] = data.x;
      array[startIndex++] = data.y;
      array[startIndex++] = data.size;
      array[startIndex++] = color;
      array[startIndex++] = nodeIndex;
      array[startIndex++] = shape;
      array[startIndex++] = angle;
    }
  }

  setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo): void {
    const { u_correctionRatio, u_sizeRatio, u_matrix } = uniformLocations as Record<(typeof UNIFORMS)[number], WebGLUniformLocation>;
    gl.uniform1f(u_correctionRatio, params.correctionRatio);
    gl.uniform1f(u_sizeRatio, params.sizeRatio);
    gl.uniformMatrix3fv(u_matrix, false, params.matrix);
  }
}
