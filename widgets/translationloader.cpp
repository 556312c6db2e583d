#include "translationloader.h"

#include "preferences.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace edgefront {

bool installTranslations(QCoreApplication &app)
{
    const QString configured = prefs::language.value();
    const QLocale locale = configured.isEmpty() ? QLocale::system() : QLocale(configured);
    auto *ours = new QTranslator(&app);
    if (!ours->load(locale, QStringLiteral("edgefront"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete ours;
        return false;
    }
    app.installTranslator(ours);
    // Qt's own strings (standard dialogs, About Qt) where Qt ships them.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace edgefront
