#include "core/csv.h"

namespace usher {

namespace {
bool startsAFormula(QChar first)
{
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

bool needsQuotes(const QString& field)
{
    for (const QChar c : field) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            return true;
        }
    }
    return false;
}

/// One line, built in place (an export writes a million of them).
QString record(const QStringList& fields, bool neutralise)
{
    qsizetype size = 2;
    for (const QString& field : fields) {
        size += field.size() + 4;
    }
    QString line;
    line.reserve(size);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString& field = fields.at(i);
        if (i > 0) {
            line += QLatin1Char(',');
        }
        const bool quoted = needsQuotes(field);
        if (quoted) {
            line += QLatin1Char('"');
        }
        if (neutralise && !field.isEmpty() && startsAFormula(field.front())) {
            line += QLatin1Char('\'');
        }
        if (quoted) {
            for (const QChar c : field) {
                if (c == QLatin1Char('"')) {
                    line += QLatin1Char('"');
                }
                line += c;
            }
            line += QLatin1Char('"');
        } else {
            line += field;
        }
    }
    line += QLatin1String("\r\n");
    return line;
}
} // namespace

QString csvRecord(const QStringList& fields)
{
    return record(fields, true);
}

QString csvPlainRecord(const QStringList& fields)
{
    return record(fields, false);
}

} // namespace usher
