#version 330 core
// Kinetix's per-patch "fragment shaders" (spec kinetix.md §7.1, JaxGL), evaluated at the integer pixel index in
// the padded canvas, exactly as kinetix-env's PixelRenderer evaluates them on the CPU.
const int QUAD = 0;
const int CIRCLE = 1;
const int JOINT = 2;
const int THRUSTER = 3;

uniform int uKind;
uniform float uMargin;     // canvas padding: canvas pixel = output pixel + margin
uniform vec3 uColour;      // fill colour (quad, circle) or tint (joint), 0..1
uniform float uEdge;       // black edge thickness, pixels
uniform vec2 uVertex[4];   // quad vertices, canvas pixels, clockwise
uniform vec2 uCentre;      // circle centre / sprite centre, canvas pixels
uniform float uRadius;     // circle radius, pixels
uniform vec2 uNormal;      // circle rotation indicator direction (sin θ, −cos θ)
uniform vec2 uPatchOrigin; // sprite patch origin, canvas pixels
uniform float uPatchSize;  // joint patch side, pixels
uniform vec2 uCosSin;      // thruster: cos(−φ), sin(−φ)
uniform float uSpriteSize; // thruster sprite side, pixels
uniform sampler2D uTexture;

out vec4 fragColour;

vec4 quad(vec2 p) {
    bool inside = true;
    bool edge = false;
    for (int i = 0; i < 4; i++) {
        vec2 a = uVertex[i] - p;
        vec2 b = uVertex[(i + 1) % 4] - p;
        float area = a.x * b.y - a.y * b.x;
        float len = length(uVertex[i] - uVertex[(i + 1) % 4]);
        inside = inside && area <= 0.0;
        edge = edge || area / len > -uEdge;
    }
    if (!inside) discard;
    return vec4(edge && uEdge > 0.0 ? vec3(0.0) : uColour, 1.0);
}

vec4 circle(vec2 p) {
    vec2 d = p - uCentre;
    float dist = sqrt(d.x * d.x + d.y * d.y);
    if (!(dist <= uRadius)) discard;
    vec2 tip = uCentre + uNormal;
    float lineDist = abs((uCentre.x - p.x) * (tip.y - p.y) - (uCentre.y - p.y) * (tip.x - p.x));
    bool edge = dist > uRadius - uEdge || (lineDist < 1.0 && dot(uNormal, d) <= 0.0);
    return vec4(edge ? vec3(0.0) : uColour, 1.0);
}

vec4 joint(vec2 p) {
    vec2 offset = p - uPatchOrigin;
    ivec2 texel = ivec2(0);
    if (uPatchSize > 1.0) {
        texel = clamp(ivec2(roundEven(6.0 * offset / (uPatchSize - 1.0) - 0.5)), ivec2(0), ivec2(5));
    }
    vec4 t = texelFetch(uTexture, texel.yx, 0);
    if (t.a < 1.0) discard;
    return vec4(t.rgb * uColour, 1.0);
}

vec4 thruster(vec2 p) {
    vec2 d = p - uCentre;
    vec2 t = vec2(uCosSin.x * d.x - uCosSin.y * d.y, uCosSin.y * d.x + uCosSin.x * d.y) / uSpriteSize + 0.5;
    if (!(t.x >= 0.0 && t.x <= 1.0 && t.y >= 0.0 && t.y <= 1.0)) discard;
    ivec2 texel = clamp(ivec2(roundEven(16.0 * t - 0.5 + 0.001)), ivec2(0), ivec2(15));
    vec4 s = texelFetch(uTexture, texel.yx, 0);
    if (s.a < 1.0) discard;
    return vec4(s.rgb, 1.0);
}

void main() {
    vec2 p = floor(gl_FragCoord.xy) + uMargin;
    if (uKind == QUAD) fragColour = quad(p);
    else if (uKind == CIRCLE) fragColour = circle(p);
    else if (uKind == JOINT) fragColour = joint(p);
    else fragColour = thruster(p);
}
