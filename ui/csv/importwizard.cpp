#include "ui/csv/importwizard.h"

#include "connection/whendone.h"
#include "ui/common/csvfile.h"
#include "ui/common/icons.h"
#include "ui/common/problemlabel.h"
#include "ui/common/rememberedsize.h"

#include <QAbstractTableModel>
#include <QBuffer>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace usher {

/// The rows of a dry run or an import: refused rows first (what needs reading), then the rest
/// in file order.
class ImportOutcomesModel : public QAbstractTableModel
{
public:
    enum Column { Line, Email, Name, Result, Details, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setOutcomes(const QList<ImportOutcome>& outcomes, bool dryRun)
    {
        beginResetModel();
        m_outcomes = outcomes;
        std::stable_sort(m_outcomes.begin(), m_outcomes.end(), [](const ImportOutcome& a, const ImportOutcome& b) {
            auto rank = [](const ImportOutcome& o) { return o.done ? 2 : o.notReached ? 1 : 0; };
            return rank(a) < rank(b);
        });
        m_dryRun = dryRun;
        endResetModel();
    }
    const QList<ImportOutcome>& outcomes() const { return m_outcomes; }
    bool dryRun() const { return m_dryRun; }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_outcomes.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }

    /// What the Details column says: the changes when done, else why not.
    static QString details(const ImportOutcome& outcome)
    {
        return outcome.done ? outcome.changes.join(QLatin1String("; ")) : outcome.why;
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_outcomes.size()) {
            return {};
        }
        const ImportOutcome& outcome = m_outcomes.at(index.row());
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            switch (index.column()) {
            case Line:
                return outcome.line;
            case Email:
                return outcome.email;
            case Name:
                return outcome.name;
            case Result:
                return importChangeName(outcome, m_dryRun);
            case Details:
                return details(outcome);
            default:
                return {};
            }
        }
        if (role == Qt::DecorationRole && index.column() == Result) {
            return bundledIcon(outcome.done ? QStringLiteral("reactivate") : QStringLiteral("warning"));
        }
        return {};
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
            return {};
        }
        switch (section) {
        case Line:
            return ImportWizard::tr("Line");
        case Email:
            return ImportWizard::tr("Email");
        case Name:
            return ImportWizard::tr("Name");
        case Result:
            return ImportWizard::tr("Result");
        case Details:
            return ImportWizard::tr("What changes, or why not");
        default:
            return {};
        }
    }

private:
    QList<ImportOutcome> m_outcomes;
    bool m_dryRun = false;
};

namespace {

/// A wizard page whose Next waits for `complete`.
class GatedPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    std::function<bool()> complete;
    bool isComplete() const override { return complete ? complete() : true; }
    void recheck() { emit completeChanged(); }
};

GatedPage* gated(QWizardPage* page)
{
    return static_cast<GatedPage*>(page);
}

/// Reads `path` whole, or only its first `limit` records (the preview shown while the rest is read).
ImportFile readImportDevice(QIODevice* device, const QString& path, const CsvOptions& options, qsizetype limit)
{
    ImportFile out;
    out.path = path;
    CsvReader reader(device, options);
    out.dialect = reader.dialect();
    if (!reader.readHeader()) {
        out.fatal = reader.fatal();
        if (!out.fatal) {
            out.problem = ImportWizard::tr("The file is empty: it has no header row naming its columns.");
        }
        return out;
    }
    out.header = reader.header();
    CsvRecord record;
    while ((limit < 0 || out.records.size() < limit) && reader.next(&record)) {
        out.records.append(record);
    }
    out.fatal = reader.fatal();
    return out;
}

ImportFile readImportFile(const QString& path, const CsvOptions& options, qsizetype limit = -1)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportFile out;
        out.path = path;
        out.problem = ImportWizard::tr("“%1” cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return out;
    }
    return readImportDevice(&file, path, options, limit);
}

/// A list from the workbench read as its file would be (blank rows skipped, short rows
/// refused), from its text as it stands, not from the file on disk.
ImportFile readImportDocument(CsvDocument document, const QString& name)
{
    document.format.encoding = CsvEncoding::Utf8;
    document.format.byteOrderMark = false;
    QByteArray bytes = encodeCsvDocument(document);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvOptions options;
    options.encoding = CsvEncoding::Utf8;
    options.delimiter = document.format.delimiter;
    return readImportDevice(&buffer, name, options, -1);
}

/// How many of the file's first rows the file page shows as they were read.
constexpr qsizetype previewRows = 5;

QList<UserListRow> checkRecords(const QList<CsvRecord>& records, const UserColumnMapping& mapping)
{
    UserListChecker checker(mapping);
    QList<UserListRow> rows;
    rows.reserve(records.size());
    for (const CsvRecord& record : records) {
        rows.append(checker.check(record));
    }
    return rows;
}

QString mappingSettingsKey(const QStringList& header)
{
    // A stable digest (qHash is seeded afresh in every process).
    return QStringLiteral("importWizard/mappings/%1")
        .arg(QString::fromLatin1(
            QCryptographicHash::hash(UserColumnMapping::layoutKey(header).toUtf8(), QCryptographicHash::Sha256)
                .toHex()
                .left(24)));
}

QTableView* makeOutcomesTable(ImportOutcomesModel* model, const QString& objectName, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(ImportOutcomesModel::Line, QHeaderView::ResizeToContents);
    table->setColumnWidth(ImportOutcomesModel::Email, 220);
    table->setColumnWidth(ImportOutcomesModel::Name, 160);
    table->setColumnWidth(ImportOutcomesModel::Result, 150);
    table->setWordWrap(false);
    return table;
}

} // namespace

ImportWizard::ImportWizard(Backend* backend, const Operator& op, bool mailConfigured, QWidget* parent)
    : QWizard(parent)
    , m_backend(backend)
    , m_operator(op)
    , m_mailConfigured(mailConfigured)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import People from a CSV File"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setAcceptDrops(true);
    setPage(FilePage, makeFilePage());
    setPage(ColumnsPage, makeColumnsPage());
    setPage(CheckPage, makeCheckPage());
    setPage(ImportPage, makeImportPage());
    setButtonText(QWizard::CommitButton, tr("&Import"));
    resize(860, 620);
    rememberSize(this, QStringLiteral("importWizard"));
}

ImportWizard::~ImportWizard()
{
    // Work still running answers nobody; a dry run changes nothing, and an import goes on to
    // its end in the backend, whole rows only (closing is refused while it runs).
    m_dryRunStop.requestStop();
}

QWizardPage* ImportWizard::makeFilePage()
{
    auto* page = new GatedPage(this);
    page->setTitle(tr("Choose the file"));
    page->setSubTitle(tr("A list of people from a spreadsheet: Usher's template, or a user export of Microsoft "
                         "Entra, Google Workspace, Okta, Zoom or Atlassian. You can also drop the file here."));
    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("importFilePath"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("No file chosen yet"));
    auto* choose = new QPushButton(themedIcon(QStringLiteral("document-open"), QStringLiteral("open")),
                                   tr("&Choose File…"), page);
    choose->setObjectName(QStringLiteral("importChooseFile"));
    connect(choose, &QPushButton::clicked, this, &ImportWizard::chooseFile);
    auto* templateButton = new QPushButton(bundledIcon(QStringLiteral("export")), tr("Save &Template…"), page);
    templateButton->setObjectName(QStringLiteral("importSaveTemplate"));
    templateButton->setToolTip(tr("A CSV file with Usher's columns and one example row, to fill in"));
    connect(templateButton, &QPushButton::clicked, this, &ImportWizard::saveTemplate);

    m_encoding = new QComboBox(page);
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_encoding->addItem(tr("Detect"));
    for (const CsvEncoding encoding : allCsvEncodings()) {
        m_encoding->addItem(csvEncodingName(encoding), int(encoding));
    }
    m_delimiter = new QComboBox(page);
    m_delimiter->setObjectName(QStringLiteral("importDelimiter"));
    m_delimiter->addItem(tr("Detect"));
    for (const QChar delimiter : csvDelimiters()) {
        m_delimiter->addItem(csvDelimiterName(delimiter), QString(delimiter));
    }
    m_encoding->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_delimiter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportWizard::reread);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportWizard::reread);

    m_fileSummary = new QLabel(page);
    m_fileSummary->setObjectName(QStringLiteral("importFileSummary"));
    m_fileSummary->setWordWrap(true);
    m_fileProblem = makeProblemLabel(page);
    m_fileProblem->setObjectName(QStringLiteral("importFileProblem"));
    // The first rows as read, shown at once (a large file is read on meanwhile): a wrong
    // encoding or delimiter shows here before anything else.
    m_filePreview = new QTableWidget(page);
    m_filePreview->setObjectName(QStringLiteral("importFilePreview"));
    m_filePreview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_filePreview->setSelectionMode(QAbstractItemView::NoSelection);
    m_filePreview->setFocusPolicy(Qt::NoFocus);
    m_filePreview->verticalHeader()->hide();
    m_filePreview->horizontalHeader()->setStretchLastSection(true);
    m_filePreview->setWordWrap(false);
    m_filePreview->hide();

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(choose);
    auto* readAs = new QHBoxLayout;
    readAs->addWidget(m_encoding);
    readAs->addWidget(new QLabel(tr("Delimiter:"), page));
    readAs->addWidget(m_delimiter);
    readAs->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Encoding:"), readAs);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_fileSummary);
    layout->addWidget(m_fileProblem);
    layout->addWidget(m_filePreview, 1);
    layout->addStretch();
    auto* templateRow = new QHBoxLayout;
    templateRow->addWidget(new QLabel(tr("Starting a new list?"), page));
    templateRow->addWidget(templateButton);
    templateRow->addStretch();
    layout->addLayout(templateRow);
    page->complete = [this] {
        return !m_reading && !m_file.path.isEmpty() && !m_file.fatal && m_file.problem.isEmpty();
    };
    return page;
}

QWizardPage* ImportWizard::makeColumnsPage()
{
    auto* page = new GatedPage(this);
    page->setTitle(tr("Check the columns"));
    page->setSubTitle(tr("What each column of the file holds. Usher recognised what it could; change any that "
                         "are wrong. Columns marked Not imported are left out."));
    m_columns = new QTableWidget(0, 3, page);
    m_columns->setObjectName(QStringLiteral("importColumns"));
    m_columns->setHorizontalHeaderLabels({tr("Column in the file"), tr("First row"), tr("Imported as")});
    m_columns->verticalHeader()->hide();
    m_columns->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_columns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_columns->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columnsNote = new QLabel(page);
    m_columnsNote->setObjectName(QStringLiteral("importColumnsNote"));
    m_columnsNote->setWordWrap(true);
    m_columnsProblem = makeProblemLabel(page);
    m_columnsProblem->setObjectName(QStringLiteral("importColumnsProblem"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_columns, 1);
    layout->addWidget(m_columnsNote);
    layout->addWidget(m_columnsProblem);
    page->complete = [this] { return m_mapping.problem().isEmpty() && !m_rows.isEmpty(); };
    return page;
}

QWizardPage* ImportWizard::makeCheckPage()
{
    auto* page = new GatedPage(this);
    page->setTitle(tr("See what the import will do"));
    page->setSubTitle(tr("Every row is checked in the workspace as the import would check it, and nothing is "
                         "changed yet. New addresses are invited; members get the file's name, role and groups "
                         "(an import never removes anyone from a group)."));
    page->setCommitPage(true);
    m_mode = new QButtonGroup(page);
    auto* each = new QRadioButton(tr("Import each row on its own: refused rows are skipped and listed"), page);
    each->setObjectName(QStringLiteral("importEachOnItsOwn"));
    auto* whole = new QRadioButton(tr("Import all rows or none: one refused row, or Stop, changes nothing"), page);
    whole->setObjectName(QStringLiteral("importAllOrNothing"));
    m_mode->addButton(each, int(ImportMode::EachOnItsOwn));
    m_mode->addButton(whole, int(ImportMode::AllOrNothing));
    each->setChecked(true);
    m_createGroups = new QCheckBox(tr("Create the groups the file names that do not exist yet"), page);
    m_createGroups->setObjectName(QStringLiteral("importCreateGroups"));
    m_sendMail = new QCheckBox(tr("Mail the invitations now"), page);
    m_sendMail->setObjectName(QStringLiteral("importSendMail"));
    m_sendMail->setChecked(m_mailConfigured);
    m_sendMail->setEnabled(m_mailConfigured);
    m_sendMail->setToolTip(m_mailConfigured
                               ? tr("Unticked, the invitations wait; send them from the Invitations page")
                               : tr("No mail server is set up (Workspace ▸ Mail Server…); the invitations wait, and "
                                    "can be sent from the Invitations page later"));
    connect(m_mode, &QButtonGroup::idClicked, this, &ImportWizard::startDryRun);
    connect(m_createGroups, &QCheckBox::toggled, this, &ImportWizard::startDryRun);

    m_checkSummary = new QLabel(page);
    m_checkSummary->setObjectName(QStringLiteral("importCheckSummary"));
    m_checkSummary->setWordWrap(true);
    m_checkProblem = makeProblemLabel(page);
    m_checkProblem->setObjectName(QStringLiteral("importCheckProblem"));
    m_checkProgress = new QProgressBar(page);
    m_checkStop = new QPushButton(tr("Stop"), page);
    m_checkStop->setObjectName(QStringLiteral("importCheckStop"));
    connect(m_checkStop, &QPushButton::clicked, this, [this] { m_dryRunStop.requestStop(); });
    m_checkModel = new ImportOutcomesModel(this);
    m_checkTable = makeOutcomesTable(m_checkModel, QStringLiteral("importCheckTable"), page);

    auto* progress = new QHBoxLayout;
    progress->addWidget(m_checkProgress, 1);
    progress->addWidget(m_checkStop);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(each);
    layout->addWidget(whole);
    layout->addWidget(m_createGroups);
    layout->addWidget(m_sendMail);
    layout->addLayout(progress);
    layout->addWidget(m_checkSummary);
    layout->addWidget(m_checkProblem);
    layout->addWidget(m_checkTable, 1);
    page->complete = [this] { return m_dryRunOk && !m_dryRun.isRunning(); };
    return page;
}

QWizardPage* ImportWizard::makeImportPage()
{
    auto* page = new GatedPage(this);
    page->setTitle(tr("Import"));
    page->setSubTitle(tr("The rows are imported as checked, in the workspace as it is now. Rows that were not "
                         "imported come first, with the reason."));
    m_importSummary = new QLabel(page);
    m_importSummary->setObjectName(QStringLiteral("importSummary"));
    m_importSummary->setWordWrap(true);
    m_importProgress = new QProgressBar(page);
    m_importStop = new QPushButton(tr("Stop"), page);
    m_importStop->setObjectName(QStringLiteral("importStop"));
    m_importStop->setToolTip(tr("Stop before the next row; what is done stays done and is listed"));
    connect(m_importStop, &QPushButton::clicked, this, [this] {
        m_importStopToken.requestStop();
        m_importStop->setEnabled(false);
        m_importSummary->setText(tr("Stopping after the current row…"));
    });
    m_saveReport = new QPushButton(bundledIcon(QStringLiteral("export")), tr("&Save Report…"), page);
    m_saveReport->setObjectName(QStringLiteral("importSaveReport"));
    m_saveReport->setToolTip(tr("Every row with what became of it, as a CSV file"));
    connect(m_saveReport, &QPushButton::clicked, this, &ImportWizard::saveReport);
    m_importModel = new ImportOutcomesModel(this);
    m_importTable = makeOutcomesTable(m_importModel, QStringLiteral("importResultTable"), page);
    auto* progress = new QHBoxLayout;
    progress->addWidget(m_importProgress, 1);
    progress->addWidget(m_importStop);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_saveReport);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(progress);
    layout->addWidget(m_importSummary);
    layout->addWidget(m_importTable, 1);
    layout->addLayout(buttons);
    page->complete = [this] { return m_importDone; };
    return page;
}

void ImportWizard::dragEnterEvent(QDragEnterEvent* event)
{
    if (currentId() == FilePage && event->mimeData()->hasUrls() && event->mimeData()->urls().first().isLocalFile()) {
        event->acceptProposedAction();
    }
}

void ImportWizard::dropEvent(QDropEvent* event)
{
    if (currentId() == FilePage && event->mimeData()->hasUrls()) {
        openFile(event->mimeData()->urls().first().toLocalFile());
        event->acceptProposedAction();
    }
}

void ImportWizard::chooseFile()
{
    const QString dir = QSettings().value(QStringLiteral("importWizard/folder")).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a List of People"), dir,
                                                      tr("CSV and text files (*.csv *.txt *.tsv);;All files (*)"));
    if (!path.isEmpty()) {
        QSettings().setValue(QStringLiteral("importWizard/folder"), QFileInfo(path).absolutePath());
        openFile(path);
    }
}

void ImportWizard::saveTemplate()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the Template"), tr("people.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    const Result<int> written = writeCsvFile(
        path, {tr("Email"), tr("Name"), tr("Role"), tr("Groups")},
        {{QStringLiteral("ada.lovelace@example.org"), QStringLiteral("Ada Lovelace"), roleKey(Role::Member),
          tr("Engineering; Design")}});
    if (!written.ok()) {
        QMessageBox::warning(this, tr("Save the Template"), written.error().message);
    }
}

void ImportWizard::openFile(const QString& path)
{
    m_fromDocument = false;
    m_encoding->setEnabled(true);
    m_delimiter->setEnabled(true);
    if (auto* choose = findChild<QPushButton*>(QStringLiteral("importChooseFile"))) {
        choose->setEnabled(true);
    }
    m_path->setText(QDir::toNativeSeparators(path));
    m_file = ImportFile{};
    m_file.path = path;
    reread();
}

void ImportWizard::openDocument(const CsvDocument& document, const QString& name)
{
    // The list as the workbench holds it: its encoding and delimiter are known, and there
    // is no file to choose.
    m_fromDocument = true;
    m_path->setText(tr("%1 (from the workbench, as it stands)").arg(name));
    m_encoding->setEnabled(false);
    m_delimiter->setEnabled(false);
    if (auto* choose = findChild<QPushButton*>(QStringLiteral("importChooseFile"))) {
        choose->setEnabled(false);
    }
    const int generation = ++m_readGeneration;
    m_reading = true;
    m_fileSummary->setText(tr("Reading…"));
    gated(page(FilePage))->recheck();
    whenDone(QtConcurrent::run([document, name] { return readImportDocument(document, name); }), this,
             [this, generation](const ImportFile& file) {
                 if (generation == m_readGeneration) {
                     fileRead(file);
                 }
             });
}

void ImportWizard::reread()
{
    if (m_file.path.isEmpty() || m_fromDocument) {
        return;
    }
    CsvOptions options;
    if (m_encoding->currentIndex() > 0) {
        options.encoding = CsvEncoding(m_encoding->currentData().toInt());
    }
    if (m_delimiter->currentIndex() > 0) {
        options.delimiter = m_delimiter->currentData().toString().at(0);
    }
    const int generation = ++m_readGeneration;
    m_reading = true;
    m_fileSummary->setText(tr("Reading…"));
    showProblem(m_fileProblem, {});
    gated(page(FilePage))->recheck();
    const QString path = m_file.path;
    m_filePreview->hide();
    // The first rows first, shown while the whole file is read beside them.
    whenDone(QtConcurrent::run([path, options] { return readImportFile(path, options, previewRows); }), this,
             [this, generation](const ImportFile& head) {
                 if (generation == m_readGeneration && m_reading) {
                     showPreview(head);
                     if (head.problem.isEmpty() && !head.fatal) {
                         m_fileSummary->setText(tr("%1: %2, %3; reading the rest…")
                                                    .arg(QFileInfo(head.path).fileName(),
                                                         csvEncodingName(head.dialect.encoding),
                                                         csvDelimiterName(head.dialect.delimiter)));
                     }
                 }
             });
    whenDone(QtConcurrent::run([path, options] { return readImportFile(path, options); }), this,
             [this, generation](const ImportFile& file) {
                 if (generation == m_readGeneration) {
                     fileRead(file);
                 }
             });
}

void ImportWizard::showPreview(const ImportFile& file)
{
    if (!file.problem.isEmpty() || file.header.isEmpty()) {
        m_filePreview->hide();
        return;
    }
    const int rows = int(std::min(previewRows, file.records.size()));
    m_filePreview->clear();
    m_filePreview->setColumnCount(int(file.header.size()));
    m_filePreview->setRowCount(rows);
    m_filePreview->setHorizontalHeaderLabels(file.header);
    const UserColumnMapping mapping = recogniseUserColumns(file.header, file.dialect.preamble);
    for (int row = 0; row < rows; ++row) {
        const QStringList& fields = file.records.at(row).fields;
        for (int column = 0; column < fields.size() && column < file.header.size(); ++column) {
            // A password is never shown, not even the first one.
            const bool secret = column < mapping.columns.size() && mapping.columns.at(column) == UserColumn::Password;
            auto* item = new QTableWidgetItem(secret && !fields.at(column).isEmpty() ? QStringLiteral("••••••")
                                                                                    : fields.at(column));
            item->setToolTip(tr("Line %1").arg(file.records.at(row).line));
            m_filePreview->setItem(row, column, item);
        }
    }
    m_filePreview->resizeColumnsToContents();
    const int height = m_filePreview->horizontalHeader()->height() + 2 * m_filePreview->frameWidth()
        + rows * m_filePreview->verticalHeader()->defaultSectionSize();
    m_filePreview->setMaximumHeight(height);
    m_filePreview->setVisible(rows > 0);
}

void ImportWizard::fileRead(const ImportFile& file)
{
    m_reading = false;
    m_file = file;
    showPreview(file);
    const QString name = QFileInfo(file.path).fileName();
    if (!file.problem.isEmpty()) {
        m_fileSummary->clear();
        showProblem(m_fileProblem, file.problem);
    } else {
        m_mapping = recogniseUserColumns(file.header, file.dialect.preamble);
        // A layout corrected before is corrected the same way again.
        const QStringList remembered = QSettings().value(mappingSettingsKey(file.header)).toStringList();
        if (remembered.size() == file.header.size()) {
            for (int i = 0; i < remembered.size(); ++i) {
                m_mapping.columns[i] = UserColumn(remembered.at(i).toInt());
            }
        }
        const QString format = m_mapping.format.isEmpty() ? QString() : tr(", columns of %1").arg(m_mapping.format);
        m_fileSummary->setText(tr("%1: %n row(s), %2, %3%4.", nullptr, int(file.records.size()))
                                   .arg(name, csvEncodingName(file.dialect.encoding),
                                        csvDelimiterName(file.dialect.delimiter), format));
        showProblem(m_fileProblem,
                    file.fatal ? tr("%1 Fix the file, or choose another encoding or delimiter.")
                                     .arg(file.fatal->text())
                               : QString());
        if (m_encoding->currentIndex() == 0) {
            m_encoding->setItemText(0, tr("Detect (%1)").arg(csvEncodingName(file.dialect.encoding)));
        }
        if (m_delimiter->currentIndex() == 0) {
            m_delimiter->setItemText(0, tr("Detect (%1)").arg(csvDelimiterName(file.dialect.delimiter)));
        }
        checkRows();
    }
    gated(page(FilePage))->recheck();
}

void ImportWizard::checkRows()
{
    m_rows.clear();
    gated(page(ColumnsPage))->recheck();
    showProblem(m_columnsProblem, m_mapping.problem());
    if (!m_mapping.problem().isEmpty()) {
        return;
    }
    const int generation = m_readGeneration;
    const QList<CsvRecord> records = m_file.records;
    const UserColumnMapping mapping = m_mapping;
    whenDone(QtConcurrent::run([records, mapping] { return checkRecords(records, mapping); }), this,
             [this, generation](const QList<UserListRow>& rows) {
                 if (generation != m_readGeneration) {
                     return;
                 }
                 m_rows = rows;
                 const qsizetype refused = std::count_if(rows.cbegin(), rows.cend(),
                                                         [](const UserListRow& row) { return !row.ok(); });
                 QStringList notes;
                 for (int i = 0; i < m_mapping.columns.size(); ++i) {
                     if (m_mapping.columns.at(i) == UserColumn::Password) {
                         notes.append(tr("“%1” is not imported: Usher never imports passwords; people choose "
                                         "their own when they accept their invitation.")
                                          .arg(m_file.header.at(i).trimmed()));
                     }
                 }
                 if (rows.isEmpty()) {
                     notes.append(tr("The file has a header but no rows."));
                 } else if (refused > 0) {
                     notes.append(tr("%n row(s) have a problem in the file itself; the next page lists them.",
                                     nullptr, int(refused)));
                 }
                 m_columnsNote->setText(notes.join(QLatin1Char('\n')));
                 gated(page(ColumnsPage))->recheck();
             });
}

void ImportWizard::showColumns()
{
    m_columns->setRowCount(int(m_file.header.size()));
    const QList<UserColumn> meanings = allUserColumns();
    for (int i = 0; i < m_file.header.size(); ++i) {
        m_columns->setItem(i, 0, new QTableWidgetItem(m_file.header.at(i)));
        const QString example = m_file.records.isEmpty() || i >= m_file.records.first().fields.size()
            ? QString()
            : m_file.records.first().fields.at(i);
        // Never show a password from the file, not even its first row.
        m_columns->setItem(i, 1,
                           new QTableWidgetItem(m_mapping.columns.at(i) == UserColumn::Password
                                                    ? QStringLiteral("••••••")
                                                    : example));
        auto* choice = new QComboBox(m_columns);
        choice->setObjectName(QStringLiteral("importColumn%1").arg(i));
        for (const UserColumn meaning : meanings) {
            choice->addItem(userColumnName(meaning), int(meaning));
        }
        choice->setCurrentIndex(int(meanings.indexOf(m_mapping.columns.at(i))));
        connect(choice, &QComboBox::currentIndexChanged, this, [this, i, choice] {
            m_mapping.columns[i] = UserColumn(choice->currentData().toInt());
            mappingChanged();
        });
        m_columns->setCellWidget(i, 2, choice);
    }
}

void ImportWizard::mappingChanged()
{
    QStringList remembered;
    for (const UserColumn column : std::as_const(m_mapping.columns)) {
        remembered.append(QString::number(int(column)));
    }
    QSettings().setValue(mappingSettingsKey(m_file.header), remembered);
    m_mapping.format.clear();
    // Show the password mask at once if a column became one.
    for (int i = 0; i < m_mapping.columns.size(); ++i) {
        if (auto* item = m_columns->item(i, 1); item && m_mapping.columns.at(i) == UserColumn::Password) {
            item->setText(QStringLiteral("••••••"));
        }
    }
    checkRows();
}

void ImportWizard::initializePage(int id)
{
    if (id == ColumnsPage) {
        showColumns();
    } else if (id == CheckPage) {
        startDryRun();
    } else if (id == ImportPage) {
        startImport();
    }
    QWizard::initializePage(id);
}

void ImportWizard::cleanupPage(int id)
{
    if (id == CheckPage) {
        m_dryRunStop.requestStop();
    }
    QWizard::cleanupPage(id);
}

void ImportWizard::reject()
{
    if (m_import.isRunning()) {
        // An import is not abandoned half-way by closing a window: Stop, then close.
        m_importStopToken.requestStop();
        m_importStop->setEnabled(false);
        m_importSummary->setText(tr("Stopping after the current row…"));
        return;
    }
    m_dryRunStop.requestStop();
    QWizard::reject();
}

ImportRequest ImportWizard::request(bool dryRun) const
{
    ImportRequest request;
    request.rows = m_rows;
    request.mode = ImportMode(m_mode->checkedId());
    request.dryRun = dryRun;
    request.createGroups = m_createGroups->isChecked();
    request.sendMail = m_sendMail->isChecked();
    return request;
}

QString ImportWizard::summaryOf(const QList<ImportOutcome>& outcomes, bool dryRun) const
{
    qint64 invited = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 refused = 0;
    qint64 notReached = 0;
    for (const ImportOutcome& outcome : outcomes) {
        if (outcome.notReached) {
            ++notReached;
        } else if (!outcome.done) {
            ++refused;
        } else if (outcome.change == ImportChange::Invited) {
            ++invited;
        } else if (outcome.change == ImportChange::Updated) {
            ++updated;
        } else {
            ++unchanged;
        }
    }
    QString text = dryRun ? tr("%1 would be invited, %2 updated and %3 left unchanged; %4 refused.")
                                .arg(invited)
                                .arg(updated)
                                .arg(unchanged)
                                .arg(refused)
                          : tr("%1 invited, %2 updated, %3 unchanged; %4 refused.")
                                .arg(invited)
                                .arg(updated)
                                .arg(unchanged)
                                .arg(refused);
    if (notReached > 0) {
        text += QLatin1Char(' ') + tr("%n row(s) not reached.", nullptr, int(notReached));
    }
    return text;
}

void ImportWizard::startDryRun()
{
    m_dryRunStop.requestStop(); // a dry run still running for other options answers nobody
    m_dryRunStop = StopToken();
    m_dryRunOk = false;
    m_checkModel->setOutcomes({}, true);
    showProblem(m_checkProblem, {});
    m_checkSummary->setText(tr("Checking %n row(s) in the workspace…", nullptr, int(m_rows.size())));
    m_checkProgress->setRange(0, 0);
    m_checkProgress->show();
    m_checkStop->show();
    ImportRequest dry = request(true);
    dry.stop = m_dryRunStop;
    disconnect(&m_dryRun, nullptr, this, nullptr);
    connect(&m_dryRun, &QFutureWatcherBase::progressRangeChanged, m_checkProgress, &QProgressBar::setRange);
    connect(&m_dryRun, &QFutureWatcherBase::progressValueChanged, m_checkProgress, &QProgressBar::setValue);
    connect(&m_dryRun, &QFutureWatcherBase::finished, this, &ImportWizard::dryRunFinished);
    m_dryRun.setFuture(m_backend->peopleImport()->importPeople(m_operator, dry));
    gated(page(CheckPage))->recheck();
}

void ImportWizard::dryRunFinished()
{
    m_checkProgress->hide();
    m_checkStop->hide();
    if (m_dryRun.future().resultCount() == 0) {
        return;
    }
    const Result<QList<ImportOutcome>> result = m_dryRun.future().result();
    if (!result.ok()) {
        m_checkSummary->clear();
        showProblem(m_checkProblem, result.error().message);
        gated(page(CheckPage))->recheck();
        return;
    }
    const QList<ImportOutcome>& outcomes = result.value();
    m_checkModel->setOutcomes(outcomes, true);
    m_checkSummary->setText(summaryOf(outcomes, true));
    const bool changesSomething = std::any_of(outcomes.cbegin(), outcomes.cend(), [](const ImportOutcome& o) {
        return o.done && o.change != ImportChange::Unchanged;
    });
    const bool stopped = m_dryRunStop.stopRequested();
    const bool whole = m_mode->checkedId() == int(ImportMode::AllOrNothing);
    const qsizetype refused = std::count_if(outcomes.cbegin(), outcomes.cend(),
                                            [](const ImportOutcome& o) { return !o.done && !o.notReached; });
    if (stopped) {
        showProblem(m_checkProblem, tr("The check was stopped; change an option to check again."));
    } else if (whole && refused > 0) {
        showProblem(m_checkProblem, tr("Nothing would be imported: %n row(s) are refused, and this import takes all "
                                       "rows or none. Fix them in the file, or import each row on its own.",
                                       nullptr, int(refused)));
    } else if (!changesSomething) {
        showProblem(m_checkProblem, tr("There is nothing to import: everyone in the file is already as it says, or "
                                       "refused."));
    } else {
        m_dryRunOk = true;
    }
    gated(page(CheckPage))->recheck();
}

void ImportWizard::startImport()
{
    m_importDone = false;
    m_importStopToken = StopToken();
    ImportRequest real = request(false);
    real.stop = m_importStopToken;
    m_importSummary->setText(tr("Importing %n row(s)…", nullptr, int(m_rows.size())));
    m_importProgress->setRange(0, int(m_rows.size()));
    m_importProgress->setValue(0);
    m_importProgress->show();
    m_importStop->show();
    m_importStop->setEnabled(true);
    m_saveReport->setEnabled(false);
    connect(&m_import, &QFutureWatcherBase::progressValueChanged, m_importProgress, &QProgressBar::setValue);
    connect(&m_import, &QFutureWatcherBase::finished, this, &ImportWizard::importFinished);
    m_import.setFuture(m_backend->peopleImport()->importPeople(m_operator, real));
    gated(page(ImportPage))->recheck();
}

void ImportWizard::importFinished()
{
    m_importProgress->hide();
    m_importStop->hide();
    m_importDone = true;
    gated(page(ImportPage))->recheck();
    if (m_import.future().resultCount() == 0) {
        return;
    }
    const Result<QList<ImportOutcome>> result = m_import.future().result();
    if (!result.ok()) {
        m_importSummary->setText(tr("Nothing was imported: %1").arg(result.error().message));
        return;
    }
    m_importModel->setOutcomes(result.value(), false);
    m_importSummary->setText(summaryOf(result.value(), false));
    m_saveReport->setEnabled(true);
    const bool changed = std::any_of(result.value().cbegin(), result.value().cend(), [](const ImportOutcome& o) {
        return o.done && o.change != ImportChange::Unchanged;
    });
    const bool mailQueued = m_sendMail->isChecked()
        && std::any_of(result.value().cbegin(), result.value().cend(), [](const ImportOutcome& o) {
               return o.done && o.change == ImportChange::Invited;
           });
    if (changed) {
        emit imported(mailQueued);
    }
}

void ImportWizard::saveReport()
{
    const QString suggested = QFileInfo(m_file.path).completeBaseName() + tr("-report") + QStringLiteral(".csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the Import Report"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    QList<QStringList> rows;
    for (const ImportOutcome& outcome : m_importModel->outcomes()) {
        rows.append({QString::number(outcome.line), outcome.email, outcome.name, importChangeName(outcome, false),
                     ImportOutcomesModel::details(outcome)});
    }
    const QStringList header{tr("Line"), tr("Email"), tr("Name"), tr("Result"), tr("What changed, or why not")};
    whenDone(QtConcurrent::run([path, header, rows] { return writeCsvFile(path, header, rows); }), this,
             [this](const Result<int>& written) {
                 if (!written.ok()) {
                     QMessageBox::warning(this, tr("Save the Import Report"), written.error().message);
                 }
             });
}

} // namespace usher
