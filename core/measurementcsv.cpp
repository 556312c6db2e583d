#include "measurementcsv.h"

#include "csvreader.h"
#include "designspace.h"
#include "deviceprofile.h"
#include "nb201space.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <charconv>
#include <cmath>
#include <limits>

namespace edgefront {

namespace {

// Once-for-All list columns, in the order of OfaMbv3Space's config keys.
enum ListColumn { Ks, E, D, R, Bits, ListColumnCount };
const std::array<QLatin1StringView, ListColumnCount> kListNames{
    QLatin1StringView("ks"), QLatin1StringView("e"), QLatin1StringView("d"), QLatin1StringView("r"),
    QLatin1StringView("bits")};

// DeviceProfile::isValidId's rule, for messages; dataset columns follow it too.
QString idRule()
{
    return QStringLiteral("1-64 characters from A-Z a-z 0-9 . _ -, starting with a letter or digit");
}

QString expectedColumns()
{
    return QStringLiteral("arch, arch_str, nb201_index, ks, e, d, r, bits, config, id, index, "
                          "device, latency_ms, energy_mj, accuracy");
}

// Parses a whole cell as a decimal number. QStringView::toDouble spends most of an import in
// locale handling; std::from_chars is exact (correctly rounded) and several times faster.
std::optional<double> parseNumber(QStringView text)
{
    char buffer[64];
    if (text.startsWith(u'+') && !text.sliced(1).startsWith(u'-'))
        text = text.sliced(1);
    if (text.isEmpty() || text.size() > qsizetype(sizeof buffer))
        return std::nullopt;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x80)
            return std::nullopt;
        buffer[i] = char(c);
    }
    double value = 0.0;
    const auto [end, ec] = std::from_chars(buffer, buffer + text.size(), value);
    if (end != buffer + text.size())
        return std::nullopt;
    if (ec == std::errc::result_out_of_range) // beyond double's range: as good as infinite
        return std::numeric_limits<double>::infinity();
    if (ec != std::errc())
        return std::nullopt;
    return value;
}

QString sizeText(qint64 bytes)
{
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 bytes").arg(bytes);
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MiB");
}

// One measurement slot; a second value for the same slot is a duplicate.
struct ValueKey
{
    int arch;
    int device;
    int dataset;
    Metric metric;
    friend bool operator==(const ValueKey &, const ValueKey &) = default;
};

size_t qHash(const ValueKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.arch, k.device, k.dataset, int(k.metric));
}

struct ParsedArch
{
    Architecture arch;
    QString key;
    int batchIndex = -1; // set once a value refers to it
};

class MeasurementCsvImport
{
public:
    MeasurementCsvImport(QIODevice &device, const QString &source, const DesignSpace &space,
                         const MeasurementCsvOptions &options)
        : m_device(device), m_reader(device), m_source(source), m_space(space), m_options(options)
    {
    }

    std::optional<MeasurementBatch> run(QString *error);

private:
    bool fail(int line, int column, const QString &what);
    bool failAt(int field, const QString &what);
    // "column "name": what" at the field's position.
    bool failCell(int field, const QString &what);

    bool readHeader();
    bool chooseArchitectureColumns();
    bool chooseWideMetric();
    bool readRow();
    std::optional<int> architecture();
    std::optional<Architecture> parseArchitecture();
    std::optional<Architecture> parseLists();
    int deviceIndex(const QString &id);
    bool addValue(int field, int arch, int device, int dataset, Metric metric, double value);

    QIODevice &m_device;
    CsvReader m_reader;
    QString m_source;
    const DesignSpace &m_space;
    const MeasurementCsvOptions &m_options;
    QString m_error;

    QStringList m_header;
    QStringList m_fields;
    bool m_long = false;
    Metric m_wideMetric = Metric::LatencyMs;

    // Field indices, -1 when absent.
    int m_archField = -1;
    int m_indexField = -1;
    int m_configField = -1;
    int m_deviceField = -1;
    std::array<int, ListColumnCount> m_listFields{-1, -1, -1, -1, -1};
    QList<int> m_archFields; // all of the above that name the architecture, in table order
    struct ValueColumn
    {
        int field;
        Metric metric;
        int target = -1; // wide tables: device or dataset index, once a value uses it
    };
    std::vector<ValueColumn> m_valueColumns;

    std::vector<ParsedArch> m_parsed;
    QHash<QString, int> m_parsedByText; // architecture cells -> m_parsed
    QHash<QString, int> m_parsedByKey;  // DesignSpace::key -> m_parsed
    QHash<QString, int> m_devicesById;
    QHash<ValueKey, int> m_valueRows;   // -> index in m_batch.rows

    MeasurementBatch m_batch;
};

bool MeasurementCsvImport::fail(int line, int column, const QString &what)
{
    if (line <= 0)
        m_error = QStringLiteral("%1: %2").arg(m_source, what);
    else if (column <= 0)
        m_error = QStringLiteral("%1:%2: %3").arg(m_source).arg(line).arg(what);
    else
        m_error = QStringLiteral("%1:%2:%3: %4").arg(m_source).arg(line).arg(column).arg(what);
    return false;
}

bool MeasurementCsvImport::failAt(int field, const QString &what)
{
    return fail(m_reader.fieldLine(field), m_reader.column(field), what);
}

bool MeasurementCsvImport::failCell(int field, const QString &what)
{
    return failAt(field, QStringLiteral("column \"%1\": %2").arg(m_header.value(field), what));
}

std::optional<MeasurementBatch> MeasurementCsvImport::run(QString *error)
{
    auto failed = [&]() -> std::optional<MeasurementBatch> {
        if (error)
            *error = m_error;
        return std::nullopt;
    };
    if (!m_options.isValid(&m_error)) {
        fail(0, 0, m_error);
        return failed();
    }
    if (!m_device.isSequential() && m_device.size() - m_device.pos() > m_options.maxBytes) {
        fail(0, 0, QStringLiteral("%1 is larger than the limit for measurement tables (%2)")
                       .arg(sizeText(m_device.size() - m_device.pos()), sizeText(m_options.maxBytes)));
        return failed();
    }
    m_reader.setMaxBytes(m_options.maxBytes);

    m_batch.space = m_space.name();
    m_batch.source = m_source;
    m_batch.provenance = QStringLiteral("measured");
    if (!readHeader())
        return failed();

    qint64 rows = 0;
    while (m_reader.readRecord(m_fields)) {
        if (++rows > m_options.maxRows) {
            fail(m_reader.line(), 0, QStringLiteral("more than %1 data rows; split the table")
                                         .arg(m_options.maxRows));
            return failed();
        }
        if (!readRow())
            return failed();
    }
    if (m_reader.hasError()) {
        fail(m_reader.errorLine(), m_reader.errorColumn(), m_reader.errorString());
        return failed();
    }
    if (rows == 0) {
        fail(m_reader.line(), 0, QStringLiteral("the table has a header but no data rows"));
        return failed();
    }
    return std::move(m_batch);
}

bool MeasurementCsvImport::readHeader()
{
    if (!m_reader.readRecord(m_header)) {
        if (m_reader.hasError())
            return fail(m_reader.errorLine(), m_reader.errorColumn(), m_reader.errorString());
        return fail(1, 0, QStringLiteral("the file is empty (expected a header row)"));
    }
    QHash<QString, int> seen;
    bool hasMetricColumn = false;
    for (int i = 0; i < m_header.size(); ++i) {
        m_header[i] = m_header[i].trimmed();
        const QString &name = m_header[i];
        if (name.isEmpty())
            return failAt(i, QStringLiteral("column %1 has no name").arg(i + 1));
        if (const auto it = seen.constFind(name); it != seen.cend())
            return failAt(i, QStringLiteral("duplicate column \"%1\" (also column %2)").arg(name).arg(*it + 1));
        seen.insert(name, i);
        if (name == QLatin1StringView("device"))
            m_deviceField = i;
        hasMetricColumn = hasMetricColumn || metricFromString(name).has_value();
    }
    m_long = m_deviceField >= 0 || hasMetricColumn;

    for (int i = 0; i < m_header.size(); ++i) {
        const QString &name = m_header[i];
        const int list = int(std::find(kListNames.begin(), kListNames.end(), name) - kListNames.begin());
        if (name == QLatin1StringView("arch") || name == QLatin1StringView("arch_str")) {
            if (m_archField >= 0)
                return failAt(i, QStringLiteral("columns \"%1\" and \"%2\" both name the architecture; keep one")
                                     .arg(m_header[m_archField], name));
            m_archField = i;
        } else if (name == QLatin1StringView("nb201_index")) {
            m_indexField = i;
        } else if (name == QLatin1StringView("config")) {
            m_configField = i;
        } else if (list < ListColumnCount) {
            m_listFields[size_t(list)] = i;
        } else if (name == QLatin1StringView("id") || name == QLatin1StringView("index")
                   || name == QLatin1StringView("device")) {
            continue;
        } else if (const auto metric = metricFromString(name)) {
            if (!m_options.metric || *m_options.metric == *metric)
                m_valueColumns.push_back({i, *metric});
            continue;
        } else if (m_long) {
            return failAt(i, QStringLiteral("unknown column \"%1\" (expected %2)").arg(name, expectedColumns()));
        } else {
            m_valueColumns.push_back({i, Metric::LatencyMs}); // metric chosen below
            continue;
        }
        m_archFields.append(i);
    }
    if (!chooseArchitectureColumns())
        return false;

    if (m_long) {
        if (m_valueColumns.empty()) {
            if (m_options.metric)
                return fail(1, 0, QStringLiteral("the table has no %1 column").arg(metricToString(*m_options.metric)));
            return fail(1, 0, QStringLiteral("no metric column (expected latency_ms, energy_mj or accuracy)"));
        }
        const bool needsDevice = std::any_of(m_valueColumns.begin(), m_valueColumns.end(),
                                             [](const ValueColumn &c) { return c.metric != Metric::Accuracy; });
        if (needsDevice && m_deviceField < 0 && m_options.device.isEmpty())
            return fail(1, 0, QStringLiteral("no \"device\" column: pass the device the table was "
                                             "measured on"));
        return true;
    }
    if (m_valueColumns.empty())
        return fail(1, 0, QStringLiteral("no value columns: expected one column per device (or dataset) "
                                         "next to the architecture"));
    if (!chooseWideMetric())
        return false;
    const QString kind = m_wideMetric == Metric::Accuracy ? QStringLiteral("dataset") : QStringLiteral("device");
    for (ValueColumn &column : m_valueColumns) {
        column.metric = m_wideMetric;
        if (!DeviceProfile::isValidId(m_header[column.field]))
            return failAt(column.field, QStringLiteral("column \"%1\": not a valid %2 id (%3)")
                                            .arg(m_header[column.field], kind, idRule()));
    }
    return true;
}

bool MeasurementCsvImport::chooseArchitectureColumns()
{
    const bool anyList = std::any_of(m_listFields.begin(), m_listFields.end(), [](int f) { return f >= 0; });
    const int ways = (m_archField >= 0 || m_indexField >= 0 ? 1 : 0) + (anyList ? 1 : 0) + (m_configField >= 0 ? 1 : 0);
    if (ways == 0)
        return fail(1, 0, QStringLiteral("missing architecture columns: expected arch (or arch_str), "
                                         "nb201_index, config, or ks, e, d, r"));
    if (ways > 1)
        return failAt(m_archFields.value(1), QStringLiteral("columns %1 name the architecture in more than "
                                                             "one way; keep one")
                                                  .arg([&] {
                                                      QStringList names;
                                                      for (int f : m_archFields)
                                                          names.append(u'"' + m_header[f] + u'"');
                                                      return names.join(QStringLiteral(", "));
                                                  }()));
    if (m_indexField >= 0 && !dynamic_cast<const Nb201Space *>(&m_space))
        return failAt(m_indexField, QStringLiteral("column \"nb201_index\": NAS-Bench-201 indices need the "
                                                   "nb201 space, not %1 (wrong space?)")
                                        .arg(m_space.name()));
    if (anyList) {
        if (m_space.decisionIndex(QStringLiteral("ks"), 0) < 0)
            return failAt(m_archFields.first(), QStringLiteral("columns ks, e, d, r describe Once-for-All "
                                                                "networks, not space %1 (wrong space?)")
                                                     .arg(m_space.name()));
        const bool spaceHasBits = m_space.decisionIndex(QStringLiteral("bits"), 0) >= 0;
        if (m_listFields[Bits] >= 0 && !spaceHasBits)
            return failAt(m_listFields[Bits], QStringLiteral("column \"bits\": space %1 has no per-block "
                                                             "bit-widths (use %1-mp)")
                                                  .arg(m_space.name()));
        QStringList missing;
        for (int k = 0; k < ListColumnCount; ++k) {
            if (m_listFields[size_t(k)] < 0 && (k != Bits || spaceHasBits))
                missing.append(kListNames[size_t(k)]);
        }
        if (!missing.isEmpty())
            return fail(1, 0, QStringLiteral("missing architecture column(s) %1 (space %2 needs ks, e, d, r%3)")
                                  .arg(missing.join(QStringLiteral(", ")), m_space.name(),
                                       spaceHasBits ? QStringLiteral(", bits") : QString()));
    }
    return true;
}

bool MeasurementCsvImport::chooseWideMetric()
{
    if (m_options.metric) {
        m_wideMetric = *m_options.metric;
        return true;
    }
    const QString fileName = QFileInfo(m_source).fileName().toLower();
    QList<Metric> found;
    for (Metric m : {Metric::LatencyMs, Metric::EnergyMj, Metric::Accuracy}) {
        if (fileName.contains(metricToString(m)))
            found.append(m);
    }
    if (found.size() == 1) {
        m_wideMetric = found.first();
        return true;
    }
    return fail(1, 0, QStringLiteral("a table with one column per device holds one metric, and the file name "
                                     "does not tell which; pass the metric (latency_ms, energy_mj or accuracy)"));
}

bool MeasurementCsvImport::readRow()
{
    const auto arch = architecture();
    if (!arch)
        return false;

    // Long tables: the device of this row, checked when given and added to batch.devices only
    // once a latency or energy value uses it (accuracy is device-independent).
    QString deviceId;
    if (m_long) {
        if (m_deviceField >= 0)
            deviceId = m_fields[m_deviceField].trimmed();
        if (!deviceId.isEmpty() && !m_devicesById.contains(deviceId) && !DeviceProfile::isValidId(deviceId))
            return failCell(m_deviceField, QStringLiteral("\"%1\" is not a valid device id (%2)")
                                               .arg(deviceId, idRule()));
        if (deviceId.isEmpty())
            deviceId = m_options.device;
    }
    int device = -1;

    for (ValueColumn &column : m_valueColumns) {
        const QStringView cell = QStringView(m_fields[column.field]).trimmed();
        if (cell.isEmpty())
            continue;
        const std::optional<double> number = parseNumber(cell);
        if (!number)
            return failCell(column.field, QStringLiteral("\"%1\" is not a number").arg(cell));
        const double value = *number;
        if (!std::isfinite(value))
            return failCell(column.field, QStringLiteral("%1 is not a finite number").arg(cell));
        if (column.metric == Metric::Accuracy) {
            if (value < 0.0 || value > 100.0)
                return failCell(column.field, QStringLiteral("accuracy %1 is outside [0, 100] (percent)").arg(cell));
        } else if (value <= 0.0) {
            return failCell(column.field, QStringLiteral("%1 %2 is not positive")
                                              .arg(metricToString(column.metric)).arg(cell));
        }

        int rowDeviceIndex = -1;
        int dataset = -1;
        if (!m_long) {
            if (column.target < 0) {
                QStringList &names = column.metric == Metric::Accuracy ? m_batch.datasets : m_batch.devices;
                column.target = int(names.size());
                names.append(m_header[column.field]);
            }
            (column.metric == Metric::Accuracy ? dataset : rowDeviceIndex) = column.target;
        } else if (column.metric != Metric::Accuracy) {
            if (deviceId.isEmpty())
                return failCell(m_deviceField, QStringLiteral("empty device id (pass a default device for such rows)"));
            if (device < 0)
                device = deviceIndex(deviceId);
            rowDeviceIndex = device;
        }
        if (!addValue(column.field, *arch, rowDeviceIndex, dataset, column.metric, value))
            return false;
    }
    return true;
}

bool MeasurementCsvImport::addValue(int field, int parsed, int device, int dataset, Metric metric, double value)
{
    ParsedArch &p = m_parsed[size_t(parsed)];
    if (p.batchIndex < 0) {
        p.batchIndex = int(m_batch.archs.size());
        m_batch.archs.push_back(p.arch);
        m_batch.keys.append(p.key);
    }
    const int line = m_reader.fieldLine(field);
    const ValueKey key{p.batchIndex, device, dataset, metric};
    if (const auto it = m_valueRows.constFind(key); it != m_valueRows.cend()) {
        const MeasurementBatch::Row &first = m_batch.rows[size_t(*it)];
        // A long table repeats an architecture's accuracy on the row of every device.
        if (m_long && metric == Metric::Accuracy && first.value == value)
            return true;
        QString slot;
        if (device >= 0)
            slot = QStringLiteral(" on device \"%1\"").arg(m_batch.devices[device]);
        else if (dataset >= 0)
            slot = QStringLiteral(" on dataset \"%1\"").arg(m_batch.datasets[dataset]);
        return failCell(field, QStringLiteral("duplicate %1%2 for this architecture: line %3 and line %4")
                                   .arg(metricToString(metric), slot)
                                   .arg(first.line)
                                   .arg(line));
    }
    m_valueRows.insert(key, int(m_batch.rows.size()));
    m_batch.rows.push_back({p.batchIndex, device, dataset, metric, value, line});
    return true;
}

int MeasurementCsvImport::deviceIndex(const QString &id)
{
    if (const auto it = m_devicesById.constFind(id); it != m_devicesById.cend())
        return *it;
    const int index = int(m_batch.devices.size());
    m_devicesById.insert(id, index);
    m_batch.devices.append(id);
    return index;
}

std::optional<int> MeasurementCsvImport::architecture()
{
    // Parsing is cached per distinct cell text: tables repeat an architecture per device row.
    QString text;
    if (m_archFields.size() == 1) {
        text = m_fields[m_archFields.first()];
    } else {
        for (int f : m_archFields) {
            text += m_fields[f];
            text += QChar(0x1f);
        }
    }
    if (const auto it = m_parsedByText.constFind(text); it != m_parsedByText.cend())
        return *it;

    auto arch = parseArchitecture();
    if (!arch)
        return std::nullopt;
    QString key = m_space.key(*arch);
    int parsed = m_parsedByKey.value(key, -1);
    if (parsed < 0) {
        parsed = int(m_parsed.size());
        m_parsedByKey.insert(key, parsed);
        m_parsed.push_back({std::move(*arch), std::move(key)});
    }
    m_parsedByText.insert(text, parsed);
    return parsed;
}

std::optional<Architecture> MeasurementCsvImport::parseArchitecture()
{
    const QString notInSpace = QStringLiteral("architecture is not in space %1: %2");
    QString message;
    std::optional<Architecture> fromIndex;
    if (m_indexField >= 0) {
        const QString cell = m_fields[m_indexField].trimmed();
        bool ok = false;
        const int index = cell.toInt(&ok);
        if (!ok || index < 0 || index >= Nb201Space::kCells) {
            failCell(m_indexField, QStringLiteral("\"%1\" is not a NAS-Bench-201 index (0..%2)")
                                       .arg(cell).arg(Nb201Space::kCells - 1));
            return std::nullopt;
        }
        fromIndex = Nb201Space::fromOfficialIndex(index);
    }
    if (m_archField >= 0) {
        const QString cell = m_fields[m_archField].trimmed();
        if (cell.isEmpty()) {
            failCell(m_archField, QStringLiteral("empty architecture"));
            return std::nullopt;
        }
        auto arch = m_space.fromString(cell, &message);
        if (!arch) {
            failCell(m_archField, notInSpace.arg(m_space.name(), message));
            return std::nullopt;
        }
        if (fromIndex && *fromIndex != *arch) {
            const auto *nb201 = static_cast<const Nb201Space *>(&m_space);
            failCell(m_indexField, QStringLiteral("index %1 is %2, but column \"%3\" names index %4 (%5)")
                                       .arg(m_fields[m_indexField].trimmed(), nb201->toString(*fromIndex),
                                            m_header[m_archField])
                                       .arg(Nb201Space::officialIndex(*arch))
                                       .arg(nb201->toString(*arch)));
            return std::nullopt;
        }
        return arch;
    }
    if (fromIndex)
        return fromIndex;
    if (m_configField >= 0) {
        const QString cell = m_fields[m_configField].trimmed();
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(cell.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            failCell(m_configField, QStringLiteral("malformed JSON at character %1: %2")
                                        .arg(parseError.offset).arg(parseError.errorString()));
            return std::nullopt;
        }
        if (!doc.isObject()) {
            failCell(m_configField, QStringLiteral("expected a JSON object"));
            return std::nullopt;
        }
        auto arch = m_space.fromJson(doc.object(), &message);
        if (!arch)
            failCell(m_configField, notInSpace.arg(m_space.name(), message));
        return arch;
    }
    return parseLists();
}

std::optional<Architecture> MeasurementCsvImport::parseLists()
{
    QJsonObject config;
    for (int k = 0; k < ListColumnCount; ++k) {
        const int field = m_listFields[size_t(k)];
        if (field < 0)
            continue;
        const QStringView cell = QStringView(m_fields[field]).trimmed();
        QJsonArray values;
        for (QStringView part : cell.split(u'-')) {
            bool ok = false;
            const int v = part.toInt(&ok);
            if (!ok) {
                failCell(field, QStringLiteral("\"%1\" is not a list of integers joined by '-'").arg(cell));
                return std::nullopt;
            }
            values.append(v);
        }
        if (k == R && values.size() != 1) {
            failCell(field, QStringLiteral("\"%1\" is not an integer").arg(cell));
            return std::nullopt;
        }
        config.insert(kListNames[size_t(k)], k == R ? values.first() : QJsonValue(values));
    }
    QString message;
    auto arch = m_space.fromJson(config, &message);
    if (!arch) {
        // Point at the column the space complains about: its messages start with field "ks[3]".
        int field = m_archFields.first();
        static const QString prefix = QStringLiteral("field \"");
        if (message.startsWith(prefix)) {
            const qsizetype start = prefix.size();
            qsizetype stop = start;
            while (stop < message.size() && message[stop] != u'"' && message[stop] != u'[')
                ++stop;
            const QStringView name = QStringView(message).sliced(start, stop - start);
            for (int k = 0; k < ListColumnCount; ++k) {
                if (m_listFields[size_t(k)] >= 0 && name == kListNames[size_t(k)])
                    field = m_listFields[size_t(k)];
            }
        }
        failCell(field, QStringLiteral("architecture is not in space %1: %2").arg(m_space.name(), message));
    }
    return arch;
}

} // namespace

bool MeasurementCsvOptions::isValid(QString *error) const
{
    QString scratch;
    QString *err = error ? error : &scratch;
    if (!device.isEmpty() && !DeviceProfile::isValidId(device)) {
        *err = QStringLiteral("device \"%1\" is not a valid device id (%2)").arg(device, idRule());
        return false;
    }
    if (maxBytes <= 0 || maxRows <= 0) {
        *err = QStringLiteral("the size limits must be positive");
        return false;
    }
    return true;
}

std::optional<MeasurementBatch> readMeasurementCsv(QIODevice &device, const QString &sourceName,
                                                   const DesignSpace &space,
                                                   const MeasurementCsvOptions &options, QString *error)
{
    return MeasurementCsvImport(device, sourceName, space, options).run(error);
}

std::optional<MeasurementBatch> readMeasurementCsv(const QString &path, const DesignSpace &space,
                                                   const MeasurementCsvOptions &options, QString *error)
{
    QFile file(path);
    // Refuse an absurd file before opening or reading any of it.
    if (QFileInfo(path).isFile() && QFileInfo(path).size() > options.maxBytes) {
        if (error)
            *error = QStringLiteral("%1: %2 is larger than the limit for measurement tables (%3)")
                         .arg(path, sizeText(QFileInfo(path).size()), sizeText(options.maxBytes));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot open: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return readMeasurementCsv(file, path, space, options, error);
}

} // namespace edgefront
