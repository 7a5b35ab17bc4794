#pragma once

#include "connection/backend.h"
#include "connection/whendone.h"
#include "ui/common/page.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace usher {

class Session;

/// The helpdesk panel (H1): "why can't this person sign in?" answered from one search box.
/// Type a name, an email or an id; Enter opens the best match (arrows choose another); the
/// person's sign-in state, the diagnosis (core/signinhelp.h) with its fix, and password help,
/// each on a shortcut shown on its button. Focus returns to the search box after every action.
class HelpdeskView : public QWidget
{
    Q_OBJECT
public:
    static PageInfo pageInfo();

    explicit HelpdeskView(QWidget* parent = nullptr);

    void setSession(Session* session);
    void setMailConfigured(bool configured);
    /// Opens `accountId`'s case (from the details panel's Password Help…).
    void showPerson(const Id& accountId);
    /// The person shown, if any.
    std::optional<SignInFacts> shownPerson() const { return m_facts; }

signals:
    void membersChanged();
    /// "Invite again" for someone removed from the workspace.
    void inviteRequested(const QString& email);
    void message(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setContext(Backend* backend, const Id& workspaceId);
    void setOperator(const std::optional<Operator>& op);
    void search();
    void openCurrent();
    void openPerson(const Id& accountId);
    void openByEmail(const QString& email);
    void showFacts(const Result<SignInFacts>& facts);
    void reload();
    void updateActions();
    void applyFix();
    void resetPassword();
    void setTemporaryPassword();
    void unlock();
    void impersonate();
    /// Asks how the caller was checked (a window opened, not waited for), then `then` with the
    /// answer and whether to sign them out everywhere; nothing when the operator cancels.
    void askVerification(const QString& what, const QString& consequence, bool offerSignOut,
                         std::function<void(const CallerVerification&, bool)> then);
    /// `name` and `email`: of the person helped (whoever is on screen by now may be someone else).
    void helped(const Result<PasswordHelpOutcome>& result, bool temporary, const QString& name, const QString& email);
    void failed(const QString& title, const BackendError& error);
    void backToSearch();

    Backend* m_backend = nullptr;
    Id m_workspaceId;
    std::optional<Operator> m_operator;
    bool m_mailConfigured = false;
    std::optional<SignInFacts> m_facts;
    SignInDiagnosis m_diagnosis;
    Latest m_searches;
    Latest m_opens;
    bool m_openWhenFound = false;

    QLineEdit* m_search;
    QListWidget* m_matches;
    QTimer* m_typingDelay;
    QWidget* m_card;
    QLabel* m_emptyNote;
    QLabel* m_name;
    QLabel* m_who;
    QLabel* m_state;
    QLabel* m_diagnosisSummary;
    QLabel* m_diagnosisText;
    QPushButton* m_fix;
    QPushButton* m_reset;
    QPushButton* m_temporary;
    QPushButton* m_unlock;
    QPushButton* m_impersonate;
    QTreeWidget* m_failures;
};

} // namespace usher
