#pragma once
// Ids of the undo commands that merge (QUndoCommand::id), in one place so that no two command
// classes share one (Tiled's undocommands.h). Commands that never merge return -1 and are not
// listed.

namespace edgefront {

enum class CommandId : int {
    SetBudget = 1, // consecutive changes of one budget while its slider is dragged
};

} // namespace edgefront
