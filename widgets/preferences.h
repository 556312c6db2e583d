#pragma once
// Every persistent setting of the workbench, declared once with its key and default
// (Tiled's Preference<T>). Read and write through these, never through raw QSettings keys.

#include <QByteArray>
#include <QSettings>
#include <QString>
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
// UI language as a locale name ("de", "zh_CN"); empty follows the system locale.
inline const Preference<QString> language{"interface/language", {}};

} // namespace prefs

} // namespace edgefront
