#include "jsonfields.h"

#include <QFile>
#include <QJsonArray>

#include <cmath>

namespace edgefront::json {

namespace {

QString fieldError(const QString &key, const QString &what)
{
    return QStringLiteral("field \"%1\": %2").arg(key, what);
}

std::optional<int> toInt(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double v = value.toDouble();
    if (!std::isfinite(v) || v != std::floor(v) || std::abs(v) > 1e9)
        return std::nullopt;
    return int(v);
}

} // namespace

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', 12);
    case QJsonValue::String: {
        QString s = value.toString();
        if (s.size() > 40)
            s = s.left(37) + QStringLiteral("...");
        // Messages are one line: show control characters escaped.
        s.replace(u'\\', QStringLiteral("\\\\")).replace(u'\n', QStringLiteral("\\n")).replace(u'\r', QStringLiteral("\\r"))
            .replace(u'\t', QStringLiteral("\\t"));
        return u'"' + s + u'"';
    }
    case QJsonValue::Array: return QStringLiteral("a list");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}

std::optional<int> readInt(const QJsonObject &object, const QString &key, QString *error,
                           bool allowSingletonList)
{
    if (!object.contains(key)) {
        *error = fieldError(key, QStringLiteral("missing"));
        return std::nullopt;
    }
    QJsonValue value = object.value(key);
    if (allowSingletonList && value.isArray() && value.toArray().size() == 1)
        value = value.toArray().first();
    if (auto v = toInt(value))
        return v;
    *error = fieldError(key, QStringLiteral("expected an integer, got %1").arg(describe(value)));
    return std::nullopt;
}

std::optional<QList<int>> readIntList(const QJsonObject &object, const QString &key, int count,
                                      QString *error)
{
    if (!object.contains(key)) {
        *error = fieldError(key, QStringLiteral("missing"));
        return std::nullopt;
    }
    const QJsonValue value = object.value(key);
    if (!value.isArray()) {
        *error = fieldError(key, QStringLiteral("expected a list of %1 integers, got %2")
                                     .arg(count).arg(describe(value)));
        return std::nullopt;
    }
    const QJsonArray array = value.toArray();
    if (array.size() != count) {
        *error = fieldError(key, QStringLiteral("expected %1 values, got %2").arg(count).arg(array.size()));
        return std::nullopt;
    }
    QList<int> out;
    out.reserve(count);
    for (int i = 0; i < array.size(); ++i) {
        const auto v = toInt(array[i]);
        if (!v) {
            *error = QStringLiteral("field \"%1[%2]\": expected an integer, got %3")
                         .arg(key).arg(i).arg(describe(array[i]));
            return std::nullopt;
        }
        out.append(*v);
    }
    return out;
}

std::optional<QString> readString(const QJsonObject &object, const QString &key, QString *error)
{
    if (!object.contains(key)) {
        *error = fieldError(key, QStringLiteral("missing"));
        return std::nullopt;
    }
    const QJsonValue value = object.value(key);
    if (!value.isString()) {
        *error = fieldError(key, QStringLiteral("expected a string, got %1").arg(describe(value)));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<QJsonObject> parseObject(const QByteArray &bytes, const QString &source, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt's offset usually points just past the offending character.
        const qsizetype at = std::max<qsizetype>(parseError.offset - 1, 0);
        const QByteArray head = bytes.left(at);
        const int line = int(head.count('\n')) + 1;
        const int column = int(at - (head.lastIndexOf('\n') + 1)) + 1;
        *error = QStringLiteral("%1:%2:%3: malformed JSON: %4")
                     .arg(source).arg(line).arg(column).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("%1: expected a JSON object").arg(source);
        return std::nullopt;
    }
    return doc.object();
}

std::optional<QJsonObject> readObjectFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot open: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    constexpr qint64 kMaxConfigBytes = 16 * 1024 * 1024;
    if (file.size() > kMaxConfigBytes) {
        *error = QStringLiteral("%1: %2 bytes is too large for a config (limit 16 MiB)")
                     .arg(path).arg(file.size());
        return std::nullopt;
    }
    return parseObject(file.readAll(), path, error);
}

} // namespace edgefront::json
