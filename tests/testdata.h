#pragma once
// Where tests find data: their own files (tests/data, committed) and the optional shared
// folder of published measurements (../shared/data, or $EDGEFRONT_SHARED_DATA).

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

namespace edgefront::testdata {

inline QString ownFile(const QString &name)
{
    return QStringLiteral(EDGEFRONT_TEST_DATA_DIR "/") + name;
}

// Absolute path of a shared data file, or an empty string when it is not on this machine.
inline QString sharedFile(const QString &relative)
{
    QString root = qEnvironmentVariable("EDGEFRONT_SHARED_DATA");
    if (root.isEmpty())
        root = QStringLiteral(EDGEFRONT_SHARED_DATA_DIR);
    const QString path = QDir(root).filePath(relative);
    return QFileInfo::exists(path) ? QFileInfo(path).absoluteFilePath() : QString();
}

} // namespace edgefront::testdata

// Sets `var` to the shared file's path or skips the test, naming what is missing.
#define EDGEFRONT_REQUIRE_SHARED(var, relative)                                                    \
    const QString var = edgefront::testdata::sharedFile(QStringLiteral(relative));                 \
    if (var.isEmpty())                                                                             \
        QSKIP(qPrintable(QStringLiteral("shared data file %1 is not on this machine (set "          \
                                        "EDGEFRONT_SHARED_DATA to the folder that holds it)")      \
                             .arg(QStringLiteral(relative))))
