#include "core/csv.h"

namespace usher {

namespace {
QString record(const QStringList& fields, bool neutralise)
{
    QStringList out;
    out.reserve(fields.size());
    for (QString field : fields) {
        if (neutralise && !field.isEmpty()) {
            const QChar first = field.front();
            if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
                || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r')) {
                field.prepend(QLatin1Char('\''));
            }
        }
        if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\n'))
            || field.contains(QLatin1Char('\r'))) {
            field.replace(QLatin1Char('"'), QLatin1String("\"\""));
            field = QLatin1Char('"') + field + QLatin1Char('"');
        }
        out.append(field);
    }
    return out.join(QLatin1Char(',')) + QLatin1String("\r\n");
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
