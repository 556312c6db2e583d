#pragma once
// Installs the workbench translation for the configured language (prefs::language), falling
// back to the system locale.

class QCoreApplication;

namespace edgefront {

// Returns true when a translation was installed (English needs none).
bool installTranslations(QCoreApplication &app);

} // namespace edgefront
