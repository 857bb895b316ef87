#version 330 core
// Overlay geometry in window pixels, origin top-left, y down.
layout(location = 0) in vec2 aPosition;
layout(location = 1) in vec4 aColour;
uniform vec2 uWindow;
out vec4 vColour;
void main() {
    gl_Position = vec4(aPosition.x / uWindow.x * 2.0 - 1.0, 1.0 - aPosition.y / uWindow.y * 2.0, 0.0, 1.0);
    vColour = aColour;
}
