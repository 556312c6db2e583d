// edgefront: the workbench. Opens the last project (first start: the default project with the
// built-in fleet) and draws the front of the fleet's first device.
//   --space NAME       open this design space
//   --project FILE     open this project (created when missing)
//   --screenshot FILE  render the window to FILE (PNG) once the front is drawn, and exit
//   --size WxH         window size (e.g. 1600x1000), for screenshots
//   --view NAME        the view to show for the screenshot: explorer, compare, inspector,
//                      run-dialog (the dialog itself is saved; exit code 3 for an unknown view)

#include "mainwindow.h"
#include "designspacebrowser.h"
#include "translationloader.h"

#include <edgefront/version.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QRegularExpression>

#include <cstdio>

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
    const QCommandLineOption space(QStringLiteral("space"), QApplication::translate("main", "Open this design space."),
                                   QStringLiteral("name"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Save the window as PNG and exit."),
                                        QStringLiteral("file"));
    const QCommandLineOption project(QStringLiteral("project"),
                                     QApplication::translate("main", "Open this project file (created when missing)."),
                                     QStringLiteral("file"));
    const QCommandLineOption size(QStringLiteral("size"), QApplication::translate("main", "Window size, e.g. 1600x1000."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  QApplication::translate("main", "View to show for --screenshot: %1.")
                                      .arg(edgefront::MainWindow::viewNames().join(QStringLiteral(", "))),
                                  QStringLiteral("name"), QStringLiteral("explorer"));
    parser.addOption(space);
    parser.addOption(project);
    parser.addOption(screenshot);
    parser.addOption(size);
    parser.addOption(view);
    parser.process(app);

    edgefront::MainWindow window(parser.isSet(project) ? parser.value(project) : edgefront::MainWindow::startupProjectPath());
    if (parser.isSet(space))
        window.browser()->setSpace(parser.value(space));
    QSize windowSize;
    if (parser.isSet(size)) {
        const auto match = QRegularExpression(QStringLiteral("^(\\d+)x(\\d+)$")).match(parser.value(size));
        if (!match.hasMatch()) {
            std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "--size expects WxH, e.g. 1600x1000")));
            return 2;
        }
        windowSize = QSize(match.captured(1).toInt(), match.captured(2).toInt());
        window.resize(windowSize);
    }
    if (parser.isSet(screenshot) && !window.showView(parser.value(view), windowSize)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate("main", "view \"%1\" is not available in this build; skipped")
                                    .arg(parser.value(view))));
        return 3;
    }
    window.show();

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        window.whenReady([&window, file] {
            QApplication::exit(window.screenshotWidget()->grab().save(file, "PNG") ? 0 : 1);
        }, 60000);
    }
    return app.exec();
}
