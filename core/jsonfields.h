#pragma once
// Typed reads of JSON config fields that fail with one line naming the field, e.g.
//   field "ks": expected 20 values, got 19
//   field "r": expected an integer, got "abc"
// and JSON documents read from files or text with line:column on parse errors.

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace edgefront::json {

// An integer field; accepts a number with no fractional part or, when allowSingletonList,
// a one-element list of one (Once-for-All sometimes writes "r": [224]).
std::optional<int> readInt(const QJsonObject &object, const QString &key, QString *error,
                           bool allowSingletonList = false);
// A list of exactly `count` integers.
std::optional<QList<int>> readIntList(const QJsonObject &object, const QString &key, int count,
                                      QString *error);
std::optional<QString> readString(const QJsonObject &object, const QString &key, QString *error);

// Describes a JSON value for messages: 12, "abc", [...], {...}, null, true.
QString describe(const QJsonValue &value);

// Parses `bytes` as one JSON object. `source` names the file (or "--arch") in errors, which
// carry line:column for syntax errors.
std::optional<QJsonObject> parseObject(const QByteArray &bytes, const QString &source, QString *error);
std::optional<QJsonObject> readObjectFile(const QString &path, QString *error);

} // namespace edgefront::json
