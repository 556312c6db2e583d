// edgefront: the workbench. Opens on the built-in default design space.
//   --space NAME       open this design space
//   --project FILE     open this project (default: the user's default project)
//   --screenshot FILE  render the window to FILE (PNG) and exit (for headless machines and docs)

#include "mainwindow.h"
#include "designspacebrowser.h"
#include "fleetmonotonicityview.h"
#include "projectstore.h"
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
    const QCommandLineOption project(QStringLiteral("project"),
                                     QApplication::translate("main", "Open this project file (created when missing)."),
                                     QStringLiteral("file"));
    parser.addOption(space);
    parser.addOption(project);
    parser.addOption(screenshot);
    parser.process(app);

    edgefront::MainWindow window(parser.isSet(project) ? parser.value(project)
                                                       : edgefront::ProjectStore::defaultProjectPath());
    if (parser.isSet(space))
        window.browser()->setSpace(parser.value(space));
    window.show();

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        // Once the fleet's heat map is computed (at most 10 s), so the picture shows it.
        auto *timer = new QTimer(&window);
        QObject::connect(timer, &QTimer::timeout, &window, [&window, timer, file, waited = 0]() mutable {
            waited += timer->interval();
            if (window.fleetView()->isComputing() && waited < 10000)
                return;
            timer->stop();
            const bool ok = window.grab().save(file, "PNG");
            QApplication::exit(ok ? 0 : 1);
        });
        timer->start(300);
    }
    return app.exec();
}
