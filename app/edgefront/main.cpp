// edgefront: the workbench. Opens on the built-in default design space.
//   --space NAME       open this design space
//   --screenshot FILE  render the window to FILE (PNG) and exit (for headless machines and docs)

#include "mainwindow.h"
#include "designspacebrowser.h"
#include "translationloader.h"

#include <edgefront/version.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("EdgeFront"));
    QApplication::setApplicationName(QStringLiteral("EdgeFront"));
    QApplication::setApplicationVersion(QStringLiteral(EDGEFRONT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.edgefront.EdgeFront"));
    edgefront::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "EdgeFront workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption space(QStringLiteral("space"),
                                   QApplication::translate("main", "Open this design space."),
                                   QStringLiteral("name"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save the window as PNG and exit."),
                                        QStringLiteral("file"));
    parser.addOption(space);
    parser.addOption(screenshot);
    parser.process(app);

    edgefront::MainWindow window;
    if (parser.isSet(space))
        window.browser()->setSpace(parser.value(space));
    window.show();

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(300, &window, [&window, file] {
            const bool ok = window.grab().save(file, "PNG");
            QApplication::exit(ok ? 0 : 1);
        });
    }
    return app.exec();
}
