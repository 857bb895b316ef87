#version 330 core
// One primitive's patch: a screen-aligned rectangle in output pixels, from gl_VertexID (no vertex buffer).
uniform vec4 uRect;        // x0, y0, x1, y1 in output pixels (y up)
uniform vec2 uViewport;    // output size in pixels
void main() {
    vec2 corner = vec2((gl_VertexID & 1) == 0 ? uRect.x : uRect.z, (gl_VertexID & 2) == 0 ? uRect.y : uRect.w);
    gl_Position = vec4(corner / uViewport * 2.0 - 1.0, 0.0, 1.0);
}
