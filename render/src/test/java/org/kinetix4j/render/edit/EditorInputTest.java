package org.kinetix4j.render.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_ENTER;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_S;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_SPACE;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_Y;
import static org.lwjgl.glfw.GLFW.GLFW_KEY_Z;
import static org.lwjgl.glfw.GLFW.GLFW_MOD_CONTROL;
import static org.lwjgl.glfw.GLFW.GLFW_MOD_SHIFT;
import static org.lwjgl.glfw.GLFW.GLFW_MOUSE_BUTTON_RIGHT;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinetix4j.env.Level;
import org.kinetix4j.env.LevelReader;
import org.kinetix4j.env.LevelSize;
import org.kinetix4j.env.LevelWriter;
import org.kinetix4j.env.Role;
import org.kinetix4j.env.obs.ObservationType;
import org.kinetix4j.physics2d.BatchState;
import org.kinetix4j.physics2d.JointTable;
import org.kinetix4j.render.play.FullThrottlePolicy;
import org.kinetix4j.render.play.PlaySession;
import org.kinetix4j.render.ui.ScreenLayout;

/** The editor driven only through its input layer: scripted mouse and key events, no window. */
class EditorInputTest {
    @TempDir
    Path dir;

    @Test
    void shouldBuildACarSaveItAndReloadTheSameLevel() {
        Path file = dir.resolve("car.json");
        EditorScript script = EditorScript.emptyLarge(file).buildCar();
        script.key(GLFW_KEY_S, GLFW_MOD_CONTROL);

        assertTrue(Files.isRegularFile(file), script.model.status());
        Level saved = script.model.level();
        Level reloaded = LevelReader.read(file);
        assertEquals(LevelWriter.toJson(saved), LevelWriter.toJson(reloaded));
        assertEquals(LevelSize.L, reloaded.size());

        BatchState state = reloaded.state();
        int chassis = 4;
        assertTrue(state.shapes.active[state.shapes.row(0, chassis)]);
        assertEquals(Role.GREEN.code, reloaded.tables().role[chassis]);
        assertEquals(1.5f, state.shapes.positionX[chassis], 1e-5f);
        assertEquals(1.05f, state.shapes.positionY[chassis], 1e-5f);
        int goal = 5;
        assertEquals(Role.BLUE.code, reloaded.tables().role[goal]);
        assertEquals(0f, state.shapes.inverseMass[goal]);
        int firstWheel = state.config.circleShape(0);
        assertEquals(0.2f, state.shapes.radius[state.shapes.row(0, firstWheel)], 1e-5f);
        JointTable joints = state.joints;
        for (int j = 0; j < 2; j++) {
            int row = joints.row(0, j);
            assertTrue(joints.active[row] && joints.motorOn[row] && !joints.isFixedJoint[row]);
            assertEquals(chassis, joints.aShape[row]);
            assertEquals(state.config.circleShape(j), joints.bShape[row]);
        }
        assertFalse(joints.active[joints.row(0, 2)]);
    }

    @Test
    void shouldDriveTheBuiltCarWhenPlayed() {
        EditorScript script = EditorScript.emptyLarge(null).buildCar();
        try (PlaySession session = new PlaySession(script.model.level(), null, new FullThrottlePolicy(),
                ObservationType.SYMBOLIC_FLAT)) {
            float start = session.env().state().shapes.positionX[4];
            for (int frame = 0; frame < 120; frame++) {
                session.frame();
            }
            float moved = session.env().state().shapes.positionX[4] - start;
            assertTrue(Math.abs(moved) > 0.3f, "the motors should drive the car; chassis moved " + moved + " m");
        }
    }

    @Test
    void shouldUndoAndRedoEveryEdit() {
        Level empty = Templates.EMPTY.create(LevelSize.L);
        EditorScript script = new EditorScript(empty, null).buildCar();
        Level built = script.model.level();
        int edits = script.model.undoDepth();
        assertEquals(9, edits, "rectangle, 2 circles, 2 joints, role, rectangle, fixate, role");

        for (int i = 0; i < edits; i++) {
            script.key(GLFW_KEY_Z, GLFW_MOD_CONTROL);
        }
        assertEquals(LevelWriter.toJson(empty), LevelWriter.toJson(script.model.level()));
        assertFalse(script.model.undo(), "nothing left to undo");

        for (int i = 0; i < 4; i++) {
            script.key(GLFW_KEY_Y, GLFW_MOD_CONTROL);
        }
        for (int i = 4; i < edits; i++) {
            script.key(GLFW_KEY_Z, GLFW_MOD_CONTROL | GLFW_MOD_SHIFT);
        }
        assertEquals(LevelWriter.toJson(built), LevelWriter.toJson(script.model.level()));

        script.key(GLFW_KEY_Z, GLFW_MOD_CONTROL).key(GLFW_KEY_Z, GLFW_MOD_CONTROL);
        assertEquals(2, script.model.redoDepth());
        script.tool(Tool.CIRCLE).click(3f, 3f).click(3.3f, 3f);
        assertEquals(0, script.model.redoDepth(), "a new edit drops the redo history");
        script.panel("undo");
        assertEquals(edits - 2, script.model.undoDepth());
        script.panel("redo");
        assertEquals(0.3f, script.model.level().state().shapes.radius[script.model.level().state().config
                .circleShape(2)], 1e-5f);
    }

    @Test
    void shouldRefuseToSaveWithoutGreenAndBlueAndSayWhy() throws Exception {
        Path file = dir.resolve("empty.json");
        Files.writeString(file, "previous contents");
        EditorScript script = EditorScript.emptyLarge(file);
        script.key(GLFW_KEY_S, GLFW_MOD_CONTROL);

        assertEquals("previous contents", Files.readString(file), "a refused save must not touch the file");
        assertTrue(script.model.status().contains("no green shape"), script.model.status());
        assertTrue(script.model.status().contains("no blue shape"), script.model.status());
        try (var listing = Files.list(dir)) {
            assertEquals(1, listing.count(), "no temporary file may be left behind");
        }
    }

    @Test
    void shouldRefuseToSaveALevelThatDoesNotFitTheChosenSize() {
        Path file = dir.resolve("crowded.json");
        EditorScript script = new EditorScript(Templates.BALL_AND_GOAL.create(LevelSize.L), file);
        script.tool(Tool.CIRCLE).click(2f, 2f).click(2.2f, 2f);
        script.tool(Tool.CIRCLE).click(3f, 3f).click(3.2f, 3f);
        script.panel("S");
        assertEquals(LevelSize.S, script.model.size());
        script.key(GLFW_KEY_S, GLFW_MOD_CONTROL);

        assertFalse(Files.exists(file));
        assertTrue(script.model.status().contains("3 circles do not fit size S (at most 2)"), script.model.status());

        script.key(GLFW_KEY_Z, GLFW_MOD_CONTROL).key(GLFW_KEY_S, GLFW_MOD_CONTROL);
        Level reloaded = LevelReader.read(file);
        assertEquals(LevelSize.S, reloaded.size(), script.model.status());
        assertEquals(Role.GREEN.code, reloaded.tables().role[reloaded.state().config.circleShape(0)]);
    }

    @Test
    void shouldEditPropertiesFromThePanelAndTheKeyboard() {
        EditorScript script = EditorScript.emptyLarge(null).buildCar();
        script.tool(Tool.SELECT).click(1.2f, 0.85f);
        int wheel = script.model.level().state().config.circleShape(0);
        assertEquals(Selection.shape(wheel), script.model.selection());
        float massBefore = 1f / script.model.level().state().shapes.inverseMass[wheel];

        script.propertyButton("density", "+");
        assertEquals(1.1f, script.model.level().tables().density[wheel], 1e-5f);
        float massAfter = 1f / script.model.level().state().shapes.inverseMass[wheel];
        assertEquals(massBefore * 1.1f, massAfter, massBefore * 1e-4f);

        script.propertyButton("fixed", "value");
        assertEquals(0f, script.model.level().state().shapes.inverseMass[wheel]);
        script.key(org.lwjgl.glfw.GLFW.GLFW_KEY_D);
        assertEquals(1.3f, script.model.level().state().shapes.positionX[wheel], 1e-5f);

        script.key(org.lwjgl.glfw.GLFW.GLFW_KEY_ESCAPE).tool(Tool.SELECT).click(1.8f, 1.0f);
        assertEquals(Selection.Kind.JOINT, script.model.selection().kind());
        script.key(org.lwjgl.glfw.GLFW.GLFW_KEY_0 + 2);
        int joint = script.model.selection().index();
        assertEquals(2, script.model.level().tables().motorBinding[joint]);
        script.propertyButton("motor speed", "+");
        assertEquals(1.25f, script.model.level().state().joints.motorSpeed[joint], 1e-6f);
    }

    @Test
    void shouldStartFromARandomLevelAndUndoIt() {
        EditorScript script = EditorScript.emptyLarge(null);
        String empty = LevelWriter.toJson(script.model.level());
        script.panel("random");
        Level random = script.model.level();
        assertEquals(LevelWriter.toJson(Templates.random(LevelSize.L, 0)), LevelWriter.toJson(random),
                "the first random level is levelgen's seed 0");
        script.panel("random");
        assertNotEquals(LevelWriter.toJson(random), LevelWriter.toJson(script.model.level()), "seed 1 differs");
        script.panel("undo").panel("undo");
        assertEquals(empty, LevelWriter.toJson(script.model.level()));
        script.panel("ball+goal");
        assertTrue(SaveCheck.problems(script.model.level(), LevelSize.L).isEmpty(), "the template is saveable");
    }

    @Test
    void shouldDuplicateTheSelectedShapeAndSetGravityWithNothingSelected() {
        EditorScript script = EditorScript.emptyLarge(null).buildCar();
        script.tool(Tool.SELECT).click(1.5f, 1.12f).key(org.lwjgl.glfw.GLFW.GLFW_KEY_C, GLFW_MOD_CONTROL);
        BatchState state = script.model.level().state();
        assertTrue(state.shapes.active[6], "the copy takes the next free polygon slot");
        assertEquals(1.6f, state.shapes.positionX[6], 1e-5f);
        assertEquals(Role.GREEN.code, script.model.level().tables().role[6]);

        script.key(org.lwjgl.glfw.GLFW.GLFW_KEY_ESCAPE).propertyButton("gravity y", "+");
        assertEquals(-9.81f + 0.2f, script.model.level().state().gravityY[0], 1e-4f);
    }

    @Test
    void shouldGiveTheFloorARoleButNeverMoveIt() {
        EditorScript script = EditorScript.emptyLarge(null);
        script.tool(Tool.SELECT).click(2.5f, 0.2f);
        assertEquals(Selection.shape(0), script.model.selection());
        script.key(org.lwjgl.glfw.GLFW.GLFW_KEY_0 + 3);
        assertEquals(Role.RED.code, script.model.level().tables().role[0], "a lava floor");
        script.key(org.lwjgl.glfw.GLFW.GLFW_KEY_W);
        assertTrue(script.model.status().contains("refused"), script.model.status());
        assertEquals(1, script.model.undoDepth());
    }

    @Test
    void shouldRefuseANonConvexPolygonAndAcceptAConvexOne() {
        EditorScript script = EditorScript.emptyLarge(null);
        script.tool(Tool.POLYGON).click(1f, 1f).click(2f, 1f).click(1.5f, 1.2f).click(1.5f, 2f);
        assertEquals(0, script.model.undoDepth());
        assertTrue(script.model.status().contains("refused"), script.model.status());

        script.tool(Tool.POLYGON).click(1f, 1f).click(1.6f, 1f).click(1.3f, 1.5f).key(GLFW_KEY_ENTER);
        assertEquals(1, script.model.undoDepth(), script.model.status());
        assertEquals(3, script.model.level().state().shapes.nVertices[4]);

        script.tool(Tool.TRIANGLE).click(3f, 1f).click(3.5f, 1.8f).click(4f, 1f);
        assertEquals(3, script.model.level().state().shapes.nVertices[5]);
    }

    @Test
    void shouldDeleteAShapeWithItsJointsOnRightClick() {
        EditorScript script = EditorScript.emptyLarge(null).buildCar();
        script.input.mouseMove(script.layout.windowX(1.8f), script.layout.windowY(0.85f));
        script.input.mouseButton(GLFW_MOUSE_BUTTON_RIGHT, true, 0);
        BatchState state = script.model.level().state();
        assertFalse(state.shapes.active[state.config.circleShape(1)]);
        assertEquals(1, activeJoints(state));
        script.model.undo();
        assertEquals(2, activeJoints(script.model.level().state()));
    }

    @Test
    void shouldAimAThrusterAwayFromTheMouse() {
        EditorScript script = EditorScript.emptyLarge(null).buildCar();
        script.tool(Tool.THRUSTER).click(1.4f, 1.1f).click(2.4f, 1.15f);
        BatchState state = script.model.level().state();
        assertTrue(state.thrusters.active[state.thrusters.row(0, 0)], script.model.status());
        assertEquals(4, state.thrusters.shape[0]);
        assertEquals((float) Math.PI, Math.abs(state.thrusters.rotation[0]), 1e-5f, "snapped to pointing -x");
        float chassisMass = 1f / state.shapes.inverseMass[4];
        assertEquals(chassisMass, state.thrusters.power[0], 1e-5f);
    }

    @Test
    void shouldPlayACopyAndReturnToTheEditedLevelWithSpace() {
        EditorScript script = EditorScript.emptyLarge(null).buildCar();
        String before = LevelWriter.toJson(script.model.level());
        script.key(GLFW_KEY_SPACE);
        assertTrue(script.editor.playing());
        script.input.key(org.lwjgl.glfw.GLFW.GLFW_KEY_LEFT, true, 0);
        for (int i = 0; i < 60; i++) {
            script.editor.play().frame();
        }
        assertEquals(30, script.editor.play().timestep());
        assertNotEquals(1.5f, script.editor.play().env().state().shapes.positionX[4]);
        script.key(GLFW_KEY_SPACE);
        assertFalse(script.editor.playing());
        assertEquals(before, LevelWriter.toJson(script.model.level()));
        script.editor.close();
    }

    @Test
    void shouldMoveRotateAndResizeByDragging() {
        EditorScript script = EditorScript.emptyLarge(null).buildCar();
        ScreenLayout layout = script.layout;
        EditorInput input = script.tool(Tool.SELECT).input;
        drag(input, layout, 4.3f, 0.6f, 4.5f, 1.6f, 0);
        BatchState state = script.model.level().state();
        assertEquals(4.5f, state.shapes.positionX[5], 1e-4f);
        assertEquals(1.6f, state.shapes.positionY[5], 1e-4f);

        drag(input, layout, 4.6f, 1.6f, 4.5f, 1.7f, GLFW_MOD_SHIFT);
        assertEquals(Math.PI / 2, script.model.level().state().shapes.rotation[5], 1e-4);

        float size = ShapeProperty.size(script.model.level().state(), 5);
        drag(input, layout, 4.6f, 1.6f, 4.7f, 1.6f, GLFW_MOD_CONTROL);
        assertEquals(size * 2f, ShapeProperty.size(script.model.level().state(), 5), 1e-4f);
        assertEquals(3 + 9, script.model.undoDepth(), "each drag is one edit");
    }

    private static void drag(EditorInput input, ScreenLayout layout, float x0, float y0, float x1, float y1,
            int mods) {
        input.mouseMove(layout.windowX(x0), layout.windowY(y0));
        input.mouseButton(org.lwjgl.glfw.GLFW.GLFW_MOUSE_BUTTON_LEFT, true, mods);
        input.mouseMove(layout.windowX((x0 + x1) / 2), layout.windowY((y0 + y1) / 2));
        input.mouseMove(layout.windowX(x1), layout.windowY(y1));
        input.mouseButton(org.lwjgl.glfw.GLFW.GLFW_MOUSE_BUTTON_LEFT, false, mods);
    }

    private static int activeJoints(BatchState state) {
        int n = 0;
        for (int j = 0; j < state.config.numJoints(); j++) {
            n += state.joints.active[state.joints.row(0, j)] ? 1 : 0;
        }
        return n;
    }
}
