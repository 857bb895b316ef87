package org.kinetix4j.render.edit;

/**
 * Deletes the selected entity; a shape takes its joints and thrusters with it.
 *
 * @param target what to delete
 */
public record Delete(Selection target) implements SlotCommand {
    @Override
    public String describe() {
        return "delete " + target.kind().name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void applyTo(LevelEdit edit) {
        switch (target.kind()) {
            case SHAPE -> edit.deleteShape(target.index());
            case JOINT -> edit.deleteJoint(target.index());
            case THRUSTER -> edit.deleteThruster(target.index());
            case NONE -> throw new IllegalArgumentException("nothing selected to delete");
        }
    }
}
