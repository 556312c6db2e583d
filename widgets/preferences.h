#pragma once
// Every persistent setting of the workbench, declared once with its key and default
// (Tiled's Preference<T>). Read and write through these, never through raw QSettings keys.

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace edgefront {

template<typename T>
class Preference
{
public:
    Preference(const char *key, T defaultValue)
        : m_key(QString::fromLatin1(key))
        , m_default(std::move(defaultValue))
    {
    }

    T value() const { return QSettings().value(m_key, QVariant::fromValue(m_default)).template value<T>(); }
    void setValue(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    QString key() const { return m_key; }
    T defaultValue() const { return m_default; }

private:
    QString m_key;
    T m_default;
};

namespace prefs {

inline const Preference<QByteArray> mainWindowGeometry{"mainWindow/geometry", {}};
inline const Preference<QByteArray> mainWindowState{"mainWindow/state", {}};
inline const Preference<QString> designSpace{"browser/designSpace", {}};
// UI language as a locale name ("en", "de", "zh_CN"); empty follows the system locale.
inline const Preference<QString> language{"interface/language", {}};

// Projects: the one open at the last quit, and the recently opened ones (newest first, at most
// kMaxRecentProjects).
inline constexpr int kMaxRecentProjects = 8;
inline const Preference<QString> lastProject{"projects/last", {}};
inline const Preference<QStringList> recentProjects{"projects/recent", {}};

// Display units: "us"/"ms"/"s", "uJ"/"mJ"/"J", "kB"/"MB"/"GB" (DisplayUnits::fromStrings).
inline const Preference<QString> latencyUnit{"units/latency", QStringLiteral("ms")};
inline const Preference<QString> energyUnit{"units/energy", QStringLiteral("mJ")};
inline const Preference<QString> memoryUnit{"units/memory", QStringLiteral("MB")};

// The front explorer: candidates per device, axes (candidateMetricToString names), log axes,
// marker size ("uniform" or "memory").
inline const Preference<int> candidateCount{"explorer/candidateCount", 20000};
inline const Preference<QString> explorerXAxis{"explorer/xAxis", QStringLiteral("latency_ms")};
inline const Preference<QString> explorerYAxis{"explorer/yAxis", QStringLiteral("accuracy")};
inline const Preference<bool> explorerLogX{"explorer/logX", false};
inline const Preference<bool> explorerLogY{"explorer/logY", false};
inline const Preference<QString> explorerSize{"explorer/size", QStringLiteral("memory")};

// The results table: rows shown (top K), columns hidden (ResultsTableModel column names).
inline const Preference<int> resultsTopK{"results/topK", 100};
inline const Preference<QStringList> resultsHiddenColumns{"results/hiddenColumns",
                                                          {QStringLiteral("accuracy_source"), QStringLiteral("cost_source")}};

} // namespace prefs

} // namespace edgefront
