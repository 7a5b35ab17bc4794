#pragma once

#include "core/invitation.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace usher {

/// The registration links of invitations that no mail carries, shown the one way wherever
/// they are made (the invite dialog, Copy Registration Link and approving signups on the
/// Invitations page): who and their link in a table, a warning while the links lead to the
/// workspace's placeholder page, and Copy All (a line per person, tab-separated, for a
/// spreadsheet or a chat).
class RegistrationLinks : public QWidget
{
    Q_OBJECT
public:
    RegistrationLinks(const QString& intro, QWidget* parent = nullptr);

    /// Shows the links of the outcomes that were done; answers how many.
    int showLinks(const QList<InvitationOutcome>& outcomes);
    /// Every shown link, "address<TAB>link" a line.
    QString allLinks() const;

signals:
    /// Copy All put the links on the clipboard.
    void copied();

private:
    QTableWidget* m_table;
    QLabel* m_placeholderWarning;
};

} // namespace usher
