#include "projectstore.h"

#include "builtinfleet.h"
#include "designspacecatalog.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariantList>

namespace edgefront {

namespace {

const char *const kSchemaV1[] = {
    "CREATE TABLE devices (id TEXT PRIMARY KEY, name TEXT NOT NULL, class TEXT NOT NULL, "
    "provenance TEXT NOT NULL, profile TEXT NOT NULL, created_at TEXT NOT NULL)",
    "CREATE TABLE architectures (id INTEGER PRIMARY KEY, space TEXT NOT NULL, key TEXT NOT NULL, "
    "config TEXT NOT NULL, UNIQUE (space, key))",
    "CREATE TABLE imports (id INTEGER PRIMARY KEY, source TEXT NOT NULL, space TEXT NOT NULL, "
    "rows INTEGER NOT NULL, digest TEXT NOT NULL UNIQUE, imported_at TEXT NOT NULL)",
    "CREATE TABLE measurements (id INTEGER PRIMARY KEY, "
    "device_id TEXT REFERENCES devices(id) ON DELETE CASCADE, dataset TEXT, "
    "architecture_id INTEGER NOT NULL REFERENCES architectures(id), metric TEXT NOT NULL, "
    "value REAL NOT NULL, provenance TEXT NOT NULL, "
    "import_id INTEGER REFERENCES imports(id) ON DELETE CASCADE, source_line INTEGER)",
    "CREATE INDEX measurements_by_device ON measurements (device_id, metric)",
    "CREATE TABLE predictors (id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, "
    "space TEXT NOT NULL, metric TEXT NOT NULL, "
    "device_id TEXT REFERENCES devices(id) ON DELETE SET NULL, onnx BLOB, metadata TEXT NOT NULL, "
    "created_at TEXT NOT NULL)",
    "CREATE TABLE runs (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, status TEXT NOT NULL, "
    "inputs TEXT NOT NULL, seed INTEGER, progress REAL NOT NULL DEFAULT 0, started_at TEXT, "
    "finished_at TEXT, elapsed_ms REAL)",
    "CREATE TABLE results (id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs(id) "
    "ON DELETE CASCADE, device_id TEXT, architecture_id INTEGER REFERENCES architectures(id), "
    "payload TEXT NOT NULL)",
    "CREATE TABLE notes (target TEXT PRIMARY KEY, text TEXT NOT NULL, updated_at TEXT NOT NULL)",
};

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text();
}

// Runs `sql`; on failure sets *error and returns false.
bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        *error = QStringLiteral("%1 (%2)").arg(sqlError(q), sql.left(60));
        return false;
    }
    return true;
}

QVariant pragma(QSqlDatabase &db, const char *name)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1StringView(name))) && q.next())
        return q.value(0);
    return {};
}

// Checks an existing file without writing to it: returns its schema version or -1 and *error.
int inspectExisting(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot open: %2").arg(path, file.errorString());
        return -1;
    }
    const QByteArray header = file.read(16);
    file.close();
    if (header != QByteArray("SQLite format 3\0", 16)) {
        *error = QStringLiteral("%1: not an EdgeFront project (not an SQLite database)").arg(path);
        return -1;
    }
    const QString connection = QStringLiteral("edgefront-inspect-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            *error = QStringLiteral("%1: cannot read project: %2").arg(path, db.lastError().text());
        } else {
            QSqlQuery check(db);
            if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()
                || check.value(0).toString() != QLatin1StringView("ok")) {
                QString detail = check.lastError().isValid() ? check.lastError().text() : check.value(0).toString();
                detail.replace(u'\n', QStringLiteral("; "));
                *error = QStringLiteral("%1: the project file is corrupt (%2)").arg(path, detail);
            } else {
                const int appId = pragma(db, "application_id").toInt();
                const int userVersion = pragma(db, "user_version").toInt();
                if (appId != ProjectStore::kApplicationId) {
                    *error = QStringLiteral("%1: not an EdgeFront project (an SQLite database of another application)").arg(path);
                } else if (userVersion > ProjectStore::kSchemaVersion) {
                    *error = QStringLiteral("%1: made by a newer EdgeFront (project schema %2; this version reads up to %3)")
                                 .arg(path).arg(userVersion).arg(ProjectStore::kSchemaVersion);
                } else if (userVersion < 1) {
                    *error = QStringLiteral("%1: not an EdgeFront project (no schema version)").arg(path);
                } else {
                    version = userVersion;
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return version;
}

} // namespace

ProjectStore::ProjectStore(QString path, QString connection)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
{
}

ProjectStore::~ProjectStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString ProjectStore::defaultProjectPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("default.edgefront"));
}

std::unique_ptr<ProjectStore> ProjectStore::open(const QString &path, QString *error, bool createWithFleet)
{
    const bool exists = QFileInfo::exists(path);
    int version = 0;
    if (exists) {
        version = inspectExisting(path, error);
        if (version < 0)
            return nullptr;
    } else if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = QStringLiteral("%1: cannot create its folder").arg(path);
        return nullptr;
    }

    const QString connection = QStringLiteral("edgefront-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<ProjectStore> store(new ProjectStore(QFileInfo(path).absoluteFilePath(), connection));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = QStringLiteral("%1: cannot open project: %2").arg(path, db.lastError().text());
        return nullptr;
    }
    if (!exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), error)
        || !exec(db, QStringLiteral("PRAGMA journal_mode = WAL"), error)) {
        *error = path + QStringLiteral(": ") + *error;
        return nullptr;
    }
    if (!exists) {
        if (!store->createSchema(error)) {
            db.close();
            QFile::remove(path);
            *error = path + QStringLiteral(": cannot create project: ") + *error;
            return nullptr;
        }
        if (createWithFleet && !store->addDevices(builtinFleet(), error))
            return nullptr;
    } else if (version < kSchemaVersion && !store->migrate(version, error)) {
        *error = path + QStringLiteral(": cannot upgrade project: ") + *error;
        return nullptr;
    }
    return store;
}

bool ProjectStore::createSchema(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    for (const char *sql : kSchemaV1) {
        if (!exec(db, QString::fromLatin1(sql), error)) {
            db.rollback();
            return false;
        }
    }
    if (!exec(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId), error)
        || !exec(db, QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion), error)) {
        db.rollback();
        return false;
    }
    return db.commit();
}

bool ProjectStore::migrate(int from, QString *error)
{
    // Schema 1 is the first; later versions add their steps here, each in the transaction.
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    Q_UNUSED(from);
    if (!exec(db, QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion), error)) {
        db.rollback();
        return false;
    }
    return db.commit();
}

QList<DeviceProfile> ProjectStore::devices() const
{
    QList<DeviceProfile> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.exec(QStringLiteral("SELECT profile FROM devices ORDER BY rowid"));
    while (q.next()) {
        QString error;
        const auto d = DeviceProfile::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object(), &error);
        if (d)
            out.append(*d);
        else
            qWarning("%s: skipping an unreadable device: %s", qPrintable(m_path), qPrintable(error));
    }
    return out;
}

std::optional<DeviceProfile> ProjectStore::device(const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT profile FROM devices WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    QString error;
    return DeviceProfile::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object(), &error);
}

bool ProjectStore::hasDevice(const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT 1 FROM devices WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next();
}

bool ProjectStore::addDevices(const QList<DeviceProfile> &devices, QString *error, bool replace)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    q.prepare(replace ? QStringLiteral("INSERT INTO devices (id, name, class, provenance, profile, created_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
                                       "class = excluded.class, provenance = excluded.provenance, profile = excluded.profile")
                      : QStringLiteral("INSERT INTO devices (id, name, class, provenance, profile, created_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?)"));
    for (const DeviceProfile &d : devices) {
        q.addBindValue(d.id);
        q.addBindValue(d.name);
        q.addBindValue(deviceClassToString(d.deviceClass));
        q.addBindValue(provenanceToString(d.provenance));
        q.addBindValue(QString::fromUtf8(QJsonDocument(d.toJson()).toJson(QJsonDocument::Compact)));
        q.addBindValue(now());
        if (!q.exec()) {
            const bool duplicate = hasDevice(d.id) && !replace;
            *error = duplicate ? QStringLiteral("device \"%1\" already exists in %2").arg(d.id, m_path)
                               : QStringLiteral("cannot store device \"%1\": %2").arg(d.id, sqlError(q));
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

bool ProjectStore::removeDevice(const QString &id, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM devices WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = sqlError(q);
        return false;
    }
    if (q.numRowsAffected() == 0) {
        *error = QStringLiteral("no device \"%1\" in %2").arg(id, m_path);
        return false;
    }
    return true;
}

bool ProjectStore::removeImport(qint64 importId, const QStringList &createdDevices, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    auto fail = [&](const QString &message) {
        db.rollback();
        *error = QStringLiteral("%1: the import could not be taken back: %2").arg(m_path, message);
        return false;
    };
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM imports WHERE id = ?")); // measurements cascade
    q.addBindValue(importId);
    if (!q.exec())
        return fail(sqlError(q));
    if (q.numRowsAffected() == 0)
        return fail(QStringLiteral("no import %1").arg(importId));
    for (const QString &id : createdDevices) {
        QSqlQuery d(db);
        d.prepare(QStringLiteral("DELETE FROM devices WHERE id = ?"));
        d.addBindValue(id);
        if (!d.exec())
            return fail(sqlError(d));
    }
    if (!db.commit())
        return fail(db.lastError().text());
    return true;
}

QHash<QString, int> ProjectStore::measurementCounts() const
{
    QHash<QString, int> counts;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.exec(QStringLiteral("SELECT device_id, COUNT(*) FROM measurements WHERE device_id IS NOT NULL GROUP BY device_id"));
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    return counts;
}

std::optional<ImportSummary> ProjectStore::importMeasurements(const MeasurementBatch &batch, QString *error)
{
    const DesignSpace *space = findDesignSpace(batch.space, error);
    if (!space)
        return std::nullopt;
    QSqlDatabase db = QSqlDatabase::database(m_connection);

    // The same measurements twice are refused, not doubled.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(batch.space.toUtf8());
    for (const MeasurementBatch::Row &r : batch.rows) {
        hash.addData(r.device >= 0 ? batch.devices[r.device].toUtf8() : QByteArray("-"));
        hash.addData(r.dataset >= 0 ? batch.datasets[r.dataset].toUtf8() : QByteArray("-"));
        hash.addData(batch.keys[r.arch].toUtf8());
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&r.value), sizeof(double)));
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&r.metric), 1));
    }
    const QString digest = QString::fromLatin1(hash.result().toHex());
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT source, imported_at FROM imports WHERE digest = ?"));
        q.addBindValue(digest);
        if (q.exec() && q.next()) {
            *error = QStringLiteral("%1: these measurements are already in the project (imported from %2 at %3)")
                         .arg(batch.source, q.value(0).toString(), q.value(1).toString());
            return std::nullopt;
        }
    }

    if (!db.transaction()) {
        *error = db.lastError().text();
        return std::nullopt;
    }
    auto fail = [&](const QString &message) -> std::optional<ImportSummary> {
        db.rollback();
        *error = QStringLiteral("%1: import failed, nothing was stored: %2").arg(batch.source, message);
        return std::nullopt;
    };

    ImportSummary summary;
    summary.architectures = int(batch.archs.size());
    summary.devices = batch.devices;
    QList<DeviceProfile> newDevices;
    for (const QString &id : batch.devices) {
        if (hasDevice(id))
            continue;
        DeviceProfile d;
        d.id = id;
        d.name = id;
        d.provenance = DeviceProvenance::Measured;
        d.description = QStringLiteral("Measured device imported from %1").arg(QFileInfo(batch.source).fileName());
        newDevices.append(d);
        summary.newDevices.append(id);
    }
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO devices (id, name, class, provenance, profile, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
        for (const DeviceProfile &d : newDevices) {
            q.addBindValue(d.id);
            q.addBindValue(d.name);
            q.addBindValue(deviceClassToString(d.deviceClass));
            q.addBindValue(provenanceToString(d.provenance));
            q.addBindValue(QString::fromUtf8(QJsonDocument(d.toJson()).toJson(QJsonDocument::Compact)));
            q.addBindValue(now());
            if (!q.exec())
                return fail(sqlError(q));
        }
    }

    // Architectures, deduplicated against what the project has.
    QVariantList spaces, keys, configs;
    for (size_t i = 0; i < batch.archs.size(); ++i) {
        spaces << batch.space;
        keys << batch.keys[int(i)];
        configs << QString::fromUtf8(QJsonDocument(space->toJson(batch.archs[i])).toJson(QJsonDocument::Compact));
    }
    QSqlQuery insertArch(db);
    insertArch.prepare(QStringLiteral("INSERT OR IGNORE INTO architectures (space, key, config) VALUES (?, ?, ?)"));
    insertArch.addBindValue(spaces);
    insertArch.addBindValue(keys);
    insertArch.addBindValue(configs);
    if (!insertArch.execBatch())
        return fail(sqlError(insertArch));
    QHash<QString, qint64> archIds;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT key, id FROM architectures WHERE space = ?"));
        q.addBindValue(batch.space);
        if (!q.exec())
            return fail(sqlError(q));
        while (q.next())
            archIds.insert(q.value(0).toString(), q.value(1).toLongLong());
    }

    QSqlQuery insertImport(db);
    insertImport.prepare(QStringLiteral("INSERT INTO imports (source, space, rows, digest, imported_at) VALUES (?, ?, ?, ?, ?)"));
    insertImport.addBindValue(batch.source);
    insertImport.addBindValue(batch.space);
    insertImport.addBindValue(qint64(batch.rows.size()));
    insertImport.addBindValue(digest);
    insertImport.addBindValue(now());
    if (!insertImport.exec())
        return fail(sqlError(insertImport));
    const qint64 importId = insertImport.lastInsertId().toLongLong();

    QVariantList deviceCol, datasetCol, archCol, metricCol, valueCol, provenanceCol, importCol, lineCol;
    const QVariant nullText(QMetaType::fromType<QString>());
    for (const MeasurementBatch::Row &r : batch.rows) {
        deviceCol << (r.device >= 0 ? QVariant(batch.devices[r.device]) : nullText);
        datasetCol << (r.dataset >= 0 ? QVariant(batch.datasets[r.dataset]) : nullText);
        archCol << archIds.value(batch.keys[r.arch]);
        metricCol << metricToString(r.metric);
        valueCol << r.value;
        provenanceCol << batch.provenance;
        importCol << importId;
        lineCol << r.line;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO measurements (device_id, dataset, architecture_id, metric, value, "
                                  "provenance, import_id, source_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (QVariantList *col : {&deviceCol, &datasetCol, &archCol, &metricCol, &valueCol, &provenanceCol, &importCol, &lineCol})
        insert.addBindValue(*col);
    if (!insert.execBatch())
        return fail(sqlError(insert));
    if (!db.commit())
        return fail(db.lastError().text());
    summary.measurements = int(batch.rows.size());
    summary.importId = importId;
    return summary;
}

MeasuredValues ProjectStore::measuredValues(const QString &deviceId) const
{
    MeasuredValues values;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.space, m.metric, a.key, AVG(m.value) FROM measurements m "
                             "JOIN architectures a ON a.id = m.architecture_id WHERE m.device_id = ? "
                             "GROUP BY a.space, m.metric, a.key"));
    q.addBindValue(deviceId);
    if (!q.exec())
        return values;
    while (q.next()) {
        const auto metric = metricFromString(q.value(1).toString());
        if (!metric)
            continue;
        values.byKey[MeasuredValues::slot(q.value(0).toString(), *metric)].insert(q.value(2).toString(),
                                                                                 q.value(3).toDouble());
    }
    return values;
}

QStringList ProjectStore::accuracyDatasets(const QString &space) const
{
    QStringList out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT DISTINCT m.dataset FROM measurements m JOIN architectures a ON a.id = m.architecture_id "
                             "WHERE a.space = ? AND m.metric = 'accuracy' AND m.device_id IS NULL ORDER BY m.dataset"));
    q.addBindValue(space);
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toString());
    }
    return out;
}

QHash<QString, double> ProjectStore::accuracyTable(const QString &space, const QString &dataset) const
{
    QHash<QString, double> out;
    QString chosen = dataset;
    if (chosen.isEmpty()) {
        const QStringList datasets = accuracyDatasets(space);
        if (datasets.isEmpty())
            return out;
        chosen = datasets.first();
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.key, AVG(m.value) FROM measurements m JOIN architectures a ON a.id = m.architecture_id "
                             "WHERE a.space = ? AND m.metric = 'accuracy' AND m.device_id IS NULL AND m.dataset = ? "
                             "GROUP BY a.key"));
    q.addBindValue(space);
    q.addBindValue(chosen);
    if (q.exec()) {
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toDouble());
    }
    return out;
}

QHash<QString, QJsonObject> ProjectStore::measuredArchitectures(const QString &space) const
{
    QHash<QString, QJsonObject> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT key, config FROM architectures WHERE space = ?"));
    q.addBindValue(space);
    if (q.exec()) {
        while (q.next())
            out.insert(q.value(0).toString(), QJsonDocument::fromJson(q.value(1).toByteArray()).object());
    }
    return out;
}

std::optional<DeviceEvaluator> ProjectStore::evaluator(const QString &deviceId, QString *error) const
{
    auto d = device(deviceId);
    if (!d) {
        *error = QStringLiteral("no device \"%1\" in %2").arg(deviceId, m_path);
        return std::nullopt;
    }
    return DeviceEvaluator(*d, measuredValues(deviceId));
}

qint64 ProjectStore::addPredictor(const Predictor &predictor, QString *error)
{
    const QByteArray bytes = predictor.toOnnx();
    if (bytes.isEmpty()) {
        *error = QStringLiteral("the predictor cannot be written as ONNX");
        return -1;
    }
    const PredictorInfo &info = predictor.info();
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO predictors (name, kind, space, metric, device_id, onnx, metadata, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(info.name.isEmpty() ? info.summary() : info.name);
    q.addBindValue(predictorKindToString(info.kind));
    q.addBindValue(info.space);
    q.addBindValue(metricToString(info.metric));
    q.addBindValue(hasDevice(info.device) ? QVariant(info.device) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(bytes);
    q.addBindValue(QString::fromUtf8(QJsonDocument(info.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(now());
    if (!q.exec()) {
        *error = QStringLiteral("cannot store the predictor: %1").arg(sqlError(q));
        return -1;
    }
    return q.lastInsertId().toLongLong();
}

QList<ProjectStore::StoredPredictor> ProjectStore::predictors() const
{
    QList<StoredPredictor> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.exec(QStringLiteral("SELECT id, metadata, name FROM predictors ORDER BY id"));
    while (q.next()) {
        QString error;
        auto info = PredictorInfo::fromJson(QJsonDocument::fromJson(q.value(1).toByteArray()).object(), &error);
        if (!info)
            continue;
        info->name = q.value(2).toString();
        out.append({q.value(0).toLongLong(), *info});
    }
    return out;
}

std::optional<Predictor> ProjectStore::predictor(qint64 id, QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT onnx, metadata, name FROM predictors WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        *error = QStringLiteral("no predictor %1 in %2").arg(id).arg(m_path);
        return std::nullopt;
    }
    auto info = PredictorInfo::fromJson(QJsonDocument::fromJson(q.value(1).toByteArray()).object(), error);
    if (!info)
        return std::nullopt;
    info->name = q.value(2).toString();
    return Predictor::fromOnnx(q.value(0).toByteArray(), QStringLiteral("%1 (predictor %2)").arg(info->name).arg(id), info, error);
}

bool ProjectStore::removePredictor(qint64 id, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("DELETE FROM predictors WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() == 0) {
        *error = QStringLiteral("no predictor %1 in %2").arg(id).arg(m_path);
        return false;
    }
    return true;
}

QString ProjectStore::runStatusToString(RunStatus status)
{
    switch (status) {
    case RunStatus::Running: return QStringLiteral("running");
    case RunStatus::Finished: return QStringLiteral("finished");
    case RunStatus::Cancelled: return QStringLiteral("cancelled");
    case RunStatus::Failed: return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

qint64 ProjectStore::createRun(const QString &kind, const QJsonObject &inputs, quint64 seed, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO runs (kind, status, inputs, seed, progress, started_at) VALUES (?, 'running', ?, ?, 0, ?)"));
    q.addBindValue(kind);
    q.addBindValue(QString::fromUtf8(QJsonDocument(inputs).toJson(QJsonDocument::Compact)));
    q.addBindValue(QString::number(seed)); // text: SQLite integers are signed 64-bit
    q.addBindValue(now());
    if (!q.exec()) {
        *error = QStringLiteral("cannot record the run: %1").arg(sqlError(q));
        return -1;
    }
    return q.lastInsertId().toLongLong();
}

bool ProjectStore::updateRunProgress(qint64 id, double progress, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE runs SET progress = ? WHERE id = ? AND status = 'running'"));
    q.addBindValue(std::clamp(progress, 0.0, 1.0));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = sqlError(q);
        return false;
    }
    return true;
}

bool ProjectStore::finishRun(qint64 id, RunStatus status, const QJsonArray &results, double elapsedMs, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO results (run_id, device_id, payload) VALUES (?, ?, ?)"));
    for (const QJsonValue &r : results) {
        insert.addBindValue(id);
        const QString device = r.toObject().value(QStringLiteral("device")).toString();
        insert.addBindValue(device.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(device));
        insert.addBindValue(QString::fromUtf8(QJsonDocument(r.toObject()).toJson(QJsonDocument::Compact)));
        if (!insert.exec()) {
            *error = sqlError(insert);
            db.rollback();
            return false;
        }
    }
    QSqlQuery q(db);
    // A finished run is complete; a cancelled or failed one keeps the progress it reached.
    q.prepare(status == RunStatus::Finished
                  ? QStringLiteral("UPDATE runs SET status = ?, progress = 1, finished_at = ?, elapsed_ms = ? WHERE id = ?")
                  : QStringLiteral("UPDATE runs SET status = ?, finished_at = ?, elapsed_ms = ? WHERE id = ?"));
    q.addBindValue(runStatusToString(status));
    q.addBindValue(now());
    q.addBindValue(elapsedMs);
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        *error = q.lastError().isValid() ? sqlError(q) : QStringLiteral("no run %1").arg(id);
        db.rollback();
        return false;
    }
    return db.commit();
}

namespace {

ProjectStore::RunRecord runFromQuery(const QSqlQuery &q)
{
    ProjectStore::RunRecord r;
    r.id = q.value(0).toLongLong();
    r.kind = q.value(1).toString();
    const QString status = q.value(2).toString();
    for (auto s : {ProjectStore::RunStatus::Running, ProjectStore::RunStatus::Finished, ProjectStore::RunStatus::Cancelled,
                   ProjectStore::RunStatus::Failed}) {
        if (ProjectStore::runStatusToString(s) == status)
            r.status = s;
    }
    r.inputs = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
    r.seed = q.value(4).toString().toULongLong();
    r.progress = q.value(5).toDouble();
    r.startedAt = q.value(6).toString();
    r.finishedAt = q.value(7).toString();
    r.elapsedMs = q.value(8).toDouble();
    return r;
}

} // namespace

QList<ProjectStore::RunRecord> ProjectStore::runs() const
{
    QList<RunRecord> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.exec(QStringLiteral("SELECT id, kind, status, inputs, seed, progress, started_at, finished_at, elapsed_ms FROM runs ORDER BY id"));
    while (q.next())
        out.append(runFromQuery(q));
    return out;
}

std::optional<ProjectStore::RunRecord> ProjectStore::run(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT id, kind, status, inputs, seed, progress, started_at, finished_at, elapsed_ms FROM runs WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    RunRecord r = runFromQuery(q);
    QSqlQuery results(QSqlDatabase::database(m_connection));
    results.prepare(QStringLiteral("SELECT payload FROM results WHERE run_id = ? ORDER BY id"));
    results.addBindValue(id);
    if (results.exec()) {
        while (results.next())
            r.results.append(QJsonDocument::fromJson(results.value(0).toByteArray()).object());
    }
    return r;
}

bool ProjectStore::setNote(const QString &target, const QString &text, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (text.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM notes WHERE target = ?"));
        q.addBindValue(target);
    } else {
        q.prepare(QStringLiteral("INSERT INTO notes (target, text, updated_at) VALUES (?, ?, ?) "
                                 "ON CONFLICT(target) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at"));
        q.addBindValue(target);
        q.addBindValue(text);
        q.addBindValue(now());
    }
    if (!q.exec()) {
        *error = sqlError(q);
        return false;
    }
    return true;
}

QString ProjectStore::note(const QString &target) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT text FROM notes WHERE target = ?"));
    q.addBindValue(target);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace edgefront
