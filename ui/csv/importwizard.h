#pragma once

#include "connection/backend.h"
#include "core/csvdocument.h"
#include "core/csvreader.h"
#include "core/userimport.h"
#include "core/userlist.h"

#include <QFutureWatcher>
#include <QWizard>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;

namespace usher {

class ImportOutcomesModel;

/// A user list as read from its file, off the GUI thread: the records stay as read so the
/// mapping can change without reading the file again.
struct ImportFile
{
    QString path;
    CsvDialect dialect;
    QStringList header;
    QList<CsvRecord> records;
    std::optional<CsvProblem> fatal;
    QString problem; ///< The file cannot be opened, or has no header.
};

/// The import wizard (B1): choose a file (or drop it), see how it was read and change the
/// encoding or delimiter, check the columns, see what the import would do (a dry run inside
/// the backend), then import with progress and Stop, and save the report. Reading, checking
/// and importing never run on the GUI thread.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePage, ColumnsPage, CheckPage, ImportPage };

    ImportWizard(Backend* backend, const Operator& op, bool mailConfigured, QWidget* parent = nullptr);
    ~ImportWizard() override;

    /// Reads `path` as the chosen file (the file button, a drop, or a test).
    void openFile(const QString& path);
    /// Takes a list from the workbench as it stands (not its file on disk), named `name`.
    void openDocument(const CsvDocument& document, const QString& name);
    /// The rows as checked through the current mapping.
    const QList<UserListRow>& rows() const { return m_rows; }
    const ImportFile& file() const { return m_file; }
    const UserColumnMapping& mapping() const { return m_mapping; }
    /// Closes, unless an import is running: then asks it to stop (it reports what it did).
    void reject() override;

signals:
    /// The import ran and changed something: the screens should read again.
    void imported(bool mailQueued);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void initializePage(int id) override;
    void cleanupPage(int id) override;

private:
    QWizardPage* makeFilePage();
    QWizardPage* makeColumnsPage();
    QWizardPage* makeCheckPage();
    QWizardPage* makeImportPage();
    void chooseFile();
    void saveTemplate();
    void saveReport();
    void reread();
    void fileRead(const ImportFile& file);
    /// The file's first rows on the file page, as read.
    void showPreview(const ImportFile& file);
    void showColumns();
    void mappingChanged();
    void checkRows();
    ImportRequest request(bool dryRun) const;
    void startDryRun();
    void dryRunFinished();
    void startImport();
    void importFinished();
    QString summaryOf(const QList<ImportOutcome>& outcomes, bool dryRun) const;

    Backend* m_backend;
    Operator m_operator;
    bool m_mailConfigured;

    ImportFile m_file;
    UserColumnMapping m_mapping;
    QList<UserListRow> m_rows;
    int m_readGeneration = 0;
    bool m_fromDocument = false;
    bool m_reading = false;

    // File page
    QLineEdit* m_path;
    QComboBox* m_encoding;
    QComboBox* m_delimiter;
    QLabel* m_fileSummary;
    QLabel* m_fileProblem;
    QTableWidget* m_filePreview;
    // Columns page
    QTableWidget* m_columns;
    QLabel* m_columnsNote;
    QLabel* m_columnsProblem;
    // Check page
    QButtonGroup* m_mode;
    QCheckBox* m_createGroups;
    QCheckBox* m_sendMail;
    QLabel* m_checkSummary;
    QLabel* m_checkProblem;
    QProgressBar* m_checkProgress;
    QPushButton* m_checkStop;
    QTableView* m_checkTable;
    ImportOutcomesModel* m_checkModel;
    QFutureWatcher<Result<QList<ImportOutcome>>> m_dryRun;
    StopToken m_dryRunStop;
    bool m_dryRunOk = false;
    // Import page
    QLabel* m_importSummary;
    QProgressBar* m_importProgress;
    QPushButton* m_importStop;
    QPushButton* m_saveReport;
    QTableView* m_importTable;
    ImportOutcomesModel* m_importModel;
    QFutureWatcher<Result<QList<ImportOutcome>>> m_import;
    StopToken m_importStopToken;
    bool m_importDone = false;
};

} // namespace usher
