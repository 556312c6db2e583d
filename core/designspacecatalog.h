#pragma once
// The built-in design spaces by name. Spaces are immutable and shared.

#include "designspace.h"

namespace edgefront {

// Names in display order: ofa-mbv3-w10, ofa-mbv3-w12, ofa-mbv3-w10-mp, ofa-mbv3-w12-mp, nb201.
QStringList designSpaceNames();
// The space called `name`, or nullptr.
const DesignSpace *findDesignSpace(const QString &name);
// As findDesignSpace, but on failure sets *error to a line listing the known spaces.
const DesignSpace *findDesignSpace(const QString &name, QString *error);
// The space a fresh workbench opens on.
QString defaultDesignSpaceName();

} // namespace edgefront
