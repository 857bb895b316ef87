package org.kinetix4j.render.ui;

/**
 * The editor window's geometry: a side panel on the left, then the 500 × 500 scene magnified {@code scale} times.
 * Converts window pixels (origin top left, y down) to world metres (origin bottom left, y up) and back.
 *
 * @param panelWidth     panel width, window pixels
 * @param sceneSize      scene side in image pixels (500)
 * @param pixelsPerMetre image pixels per metre (100)
 * @param scale          window pixels per image pixel
 */
public record ScreenLayout(int panelWidth, int sceneSize, float pixelsPerMetre, int scale) {
    /** The editor's default: a 300-pixel panel, Kinetix's 500-pixel scene at 100 px/m, unmagnified. */
    public static ScreenLayout defaults(int scale) {
        return new ScreenLayout(300, 500, 100f, scale);
    }

    /** Window width, pixels. */
    public int windowWidth() {
        return panelWidth + sceneSize * scale;
    }

    /** Window height, pixels. */
    public int windowHeight() {
        return sceneSize * scale;
    }

    /** Whether window point (x, y) is over the panel. */
    public boolean inPanel(double x, double y) {
        return x < panelWidth;
    }

    /** World x of window x. */
    public float worldX(double x) {
        return (float) ((x - panelWidth) / scale / pixelsPerMetre);
    }

    /** World y of window y. */
    public float worldY(double y) {
        return (float) ((windowHeight() - y) / scale / pixelsPerMetre);
    }

    /** Window x of world x. */
    public float windowX(float x) {
        return panelWidth + x * pixelsPerMetre * scale;
    }

    /** Window y of world y. */
    public float windowY(float y) {
        return windowHeight() - y * pixelsPerMetre * scale;
    }
}
