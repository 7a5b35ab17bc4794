#include "ui/common/csvfile.h"

#include "core/csv.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace usher {

Result<int> writeCsvFile(const QString& path, const QStringList& header, const QList<QStringList>& rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return BackendError{BackendError::Kind::Invalid,
                            QCoreApplication::translate("usher::AuditView", "“%1” cannot be written: %2")
                                .arg(path, file.errorString()),
                            {}};
    }
    QByteArray out = QByteArrayLiteral("\xEF\xBB\xBF"); // so spreadsheets read UTF-8
    out += csvRecord(header).toUtf8();
    for (const QStringList& row : rows) {
        out += csvRecord(row).toUtf8();
    }
    file.write(out);
    if (!file.commit()) {
        return BackendError{BackendError::Kind::Invalid,
                            QCoreApplication::translate("usher::AuditView", "“%1” could not be saved: %2")
                                .arg(path, file.errorString()),
                            {}};
    }
    return int(rows.size());
}

} // namespace usher
