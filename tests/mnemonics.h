#pragma once
// Accelerator keys of menu entries and controls, for the tests that check they are unique.

#include <QHash>
#include <QString>
#include <QStringList>

// The key Alt+key reaches in text ("&File" -> 'f'; "&&" is a literal ampersand); null without one.
inline QChar mnemonicKey(const QString &text)
{
    for (qsizetype i = text.indexOf(u'&'); i >= 0 && i + 1 < text.size(); i = text.indexOf(u'&', i + 2)) {
        if (text.at(i + 1) != u'&')
            return text.at(i + 1).toLower();
    }
    return {};
}

// Records text's key in used; a key already taken adds "where: "first" and "text"" to clashes.
inline void addMnemonic(const QString &where, const QString &text, QHash<QChar, QString> &used, QStringList &clashes)
{
    const QChar key = mnemonicKey(text);
    if (key.isNull())
        return;
    if (used.contains(key))
        clashes.append(QStringLiteral("%1: \"%2\" and \"%3\"").arg(where, used.value(key), text));
    else
        used.insert(key, text);
}
