#include "csvreader.h"

#include <algorithm>

namespace edgefront {

namespace {

constexpr qsizetype kChunkBytes = 1 << 20;

bool isContinuationByte(char c)
{
    return (uchar(c) & 0xC0) == 0x80;
}

} // namespace

CsvReader::CsvReader(QIODevice &device)
    : m_device(device)
{
}

int CsvReader::column(int field) const
{
    return field >= 0 && size_t(field) < m_columns.size() ? m_columns[size_t(field)] : 0;
}

int CsvReader::fieldLine(int field) const
{
    return field >= 0 && size_t(field) < m_fieldLines.size() ? m_fieldLines[size_t(field)] : m_recordLine;
}

bool CsvReader::fail(const QString &message, int line, int column)
{
    m_error = message;
    m_errorLine = line;
    m_errorColumn = column;
    return false;
}

bool CsvReader::fill()
{
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    // Grow geometrically so that re-scanning a record that spans many chunks stays linear.
    const qsizetype chunk = std::max(kChunkBytes, m_buffer.size());
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + chunk);
    const qint64 n = m_device.read(m_buffer.data() + old, chunk);
    m_buffer.resize(old + std::max<qint64>(n, 0));
    if (n < 0)
        return fail(QStringLiteral("read error: %1").arg(m_device.errorString()), m_line, 1);
    if (n == 0) {
        // A sequential device may have nothing yet; a file or buffer is at its end.
        if (!m_device.isSequential() || !m_device.waitForReadyRead(30000))
            m_eof = true;
        return true;
    }
    m_bytesRead += n;
    if (m_maxBytes > 0 && m_bytesRead > m_maxBytes)
        return fail(QStringLiteral("input is larger than the limit of %1 bytes").arg(m_maxBytes), m_line, 1);
    return true;
}

bool CsvReader::readRecord(QStringList &fields)
{
    if (hasError())
        return false;
    for (;;) {
        if (!m_started) {
            if (m_buffer.size() - m_pos < 3 && !m_eof) {
                if (!fill())
                    return false;
                continue;
            }
            m_started = true;
            const QByteArrayView head = QByteArrayView(m_buffer).sliced(m_pos);
            if (head.startsWith("\xEF\xBB\xBF"))
                m_pos += 3;
            else if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
                return fail(QStringLiteral("the input is UTF-16 encoded; save it as UTF-8"), 1, 1);
        }
        switch (parseRecord(fields)) {
        case Parse::Record:
            return true;
        case Parse::End:
        case Parse::Error:
            return false;
        case Parse::NeedMore:
            if (!fill())
                return false;
            break;
        }
    }
}

CsvReader::Parse CsvReader::parseRecord(QStringList &fields)
{
    const char *const base = m_buffer.constData();
    const char *const end = base + m_buffer.size();
    const char *p = base + m_pos;
    int line = m_line;

    // Blank lines between records.
    while (p < end && (*p == '\n' || *p == '\r')) {
        if (*p == '\r' && p + 1 == end && !m_eof)
            return Parse::NeedMore; // a '\n' may follow in the next chunk
        if (*p == '\r' && p + 1 < end && p[1] == '\n')
            ++p;
        ++p;
        ++line;
    }
    if (p == end) {
        if (!m_eof)
            return Parse::NeedMore;
        m_pos = p - base;
        m_line = line;
        return Parse::End;
    }

    const int recordLine = line;
    // Columns count characters: 1 + the UTF-8 lead bytes between the line start and a position.
    const char *columnCursor = p;
    int cursorColumn = 1;
    auto columnAt = [&](const char *at) {
        for (; columnCursor < at; ++columnCursor) {
            if (!isContinuationByte(*columnCursor))
                ++cursorColumn;
        }
        return cursorColumn;
    };
    auto newLine = [&](const char *start) {
        ++line;
        columnCursor = start;
        cursorColumn = 1;
    };

    int count = 0;
    int endLine = line;
    int endColumn = 1;
    QByteArray unescaped;
    for (;;) {
        const int fieldColumn = columnAt(p);
        if (size_t(count) < m_columns.size()) {
            m_columns[size_t(count)] = fieldColumn;
            m_fieldLines[size_t(count)] = line;
        } else {
            m_columns.push_back(fieldColumn);
            m_fieldLines.push_back(line);
        }

        QString value;
        if (p < end && *p == '"') {
            const int quoteLine = line;
            ++p;
            unescaped.clear();
            const char *segment = p;
            for (;;) {
                const char *q = p;
                while (q < end && *q != '"' && *q != '\n' && *q != '\r')
                    ++q;
                if (q == end) {
                    if (!m_eof)
                        return Parse::NeedMore;
                    fail(QStringLiteral("unterminated quoted field: the quote opened here is never closed"),
                         quoteLine, fieldColumn);
                    return Parse::Error;
                }
                if (*q == '"') {
                    if (q + 1 == end && !m_eof)
                        return Parse::NeedMore; // may be the first half of ""
                    unescaped.append(segment, q - segment);
                    if (q + 1 < end && q[1] == '"') {
                        unescaped.append('"');
                        p = segment = q + 2;
                        continue;
                    }
                    p = q + 1;
                    break;
                }
                // A line break inside the quotes is part of the value.
                if (*q == '\r' && q + 1 == end && !m_eof)
                    return Parse::NeedMore;
                if (*q == '\r' && q + 1 < end && q[1] == '\n')
                    ++q;
                p = q + 1;
                newLine(p);
            }
            if (p == end && !m_eof)
                return Parse::NeedMore;
            if (p < end && *p != ',' && *p != '\n' && *p != '\r') {
                fail(QStringLiteral("unexpected text after a closing quote (a quote inside a quoted "
                                    "field must be doubled)"),
                     line, columnAt(p));
                return Parse::Error;
            }
            value = QString::fromUtf8(unescaped);
        } else {
            const char *q = p;
            while (q < end && *q != ',' && *q != '\n' && *q != '\r' && *q != '"')
                ++q;
            if (q == end && !m_eof)
                return Parse::NeedMore;
            if (q < end && *q == '"') {
                fail(QStringLiteral("quote inside an unquoted field (quote the whole field and "
                                    "double the quote)"),
                     line, columnAt(q));
                return Parse::Error;
            }
            value = QString::fromUtf8(p, q - p);
            p = q;
        }
        if (count < fields.size())
            fields[count] = std::move(value);
        else
            fields.append(std::move(value));
        ++count;

        if (p < end && *p == ',') {
            ++p;
            continue;
        }
        endLine = line;
        endColumn = columnAt(p);
        if (p < end) { // a line break ends the record
            if (*p == '\r' && p + 1 == end && !m_eof)
                return Parse::NeedMore;
            if (*p == '\r' && p + 1 < end && p[1] == '\n')
                ++p;
            ++p;
            newLine(p);
        }
        break;
    }
    fields.resize(count);
    m_columns.resize(size_t(count));
    m_fieldLines.resize(size_t(count));

    if (m_expectedFields < 0) {
        m_expectedFields = count;
    } else if (count < m_expectedFields) {
        fail(QStringLiteral("truncated row: expected %1 fields, got %2").arg(m_expectedFields).arg(count),
             endLine, endColumn);
        return Parse::Error;
    } else if (count > m_expectedFields) {
        fail(QStringLiteral("overlong row: expected %1 fields, got %2").arg(m_expectedFields).arg(count),
             m_fieldLines[size_t(m_expectedFields)], m_columns[size_t(m_expectedFields)]);
        return Parse::Error;
    }
    ++m_records;
    if (m_maxRecords > 0 && m_records > m_maxRecords) {
        fail(QStringLiteral("more than %1 records").arg(m_maxRecords), recordLine, 1);
        return Parse::Error;
    }
    m_pos = p - base;
    m_line = line;
    m_recordLine = recordLine;
    return Parse::Record;
}

} // namespace edgefront
