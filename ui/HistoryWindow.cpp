#include "HistoryWindow.h"

#include "ChangeJournal.h"
#include "HistoryModel.h"
#include "InlineMessage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace {
constexpr int typingPauseMs = 300;
} // namespace

HistoryWindow::HistoryWindow(ChangeJournal *journal, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_model(new HistoryModel(journal, this))
{
    setObjectName(QStringLiteral("historyWindow"));
    setWindowTitle(tr("Change History"));
    setAccessibleName(tr("Change history"));
    // A window of its own: it stays open beside the main window, which it never blocks.
    setWindowFlag(Qt::WindowMinMaxButtonsHint);
    setModal(false);

    m_journalMessage = new InlineMessage(this);
    m_journalMessage->setObjectName(QStringLiteral("journalMessage"));
    buildFilters();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Changes"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, as in the users table
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int character = fontMetrics().averageCharWidth();
    m_table->horizontalHeader()->resizeSection(
        HistoryModel::Time,
        fontMetrics().horizontalAdvance(HistoryModel::timeText(QDateTime::currentDateTimeUtc()))
            + character * 3);
    for (const auto &[column, characters] :
         { std::pair(HistoryModel::Operator, 12), std::pair(HistoryModel::Profile, 14),
           std::pair(HistoryModel::User, 22), std::pair(HistoryModel::OldEmail, 28),
           std::pair(HistoryModel::NewEmail, 28), std::pair(HistoryModel::Outcome, 20) })
        m_table->horizontalHeader()->resizeSection(column, character * characters);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("historyCount"));
    m_verifyMessage = new InlineMessage(this);
    m_verifyMessage->setObjectName(QStringLiteral("verifyMessage"));

    m_verifyButton = new QPushButton(tr("&Verify Journal"), this);
    m_verifyButton->setObjectName(QStringLiteral("verifyJournalButton"));
    m_verifyButton->setAccessibleName(tr("Verify journal"));
    m_refreshButton = new QPushButton(tr("Re&fresh"), this);
    m_refreshButton->setObjectName(QStringLiteral("refreshButton"));
    m_refreshButton->setAccessibleName(tr("Refresh"));
    m_refreshButton->setToolTip(tr("Read the journal again (F5)"));
    m_closeButton = new QPushButton(tr("&Close"), this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setAccessibleName(tr("Close"));
    m_closeButton->setAutoDefault(false);
    m_verifyButton->setAutoDefault(false);
    m_refreshButton->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_verifyButton);
    buttons->addStretch(1);
    buttons->addWidget(m_refreshButton);
    buttons->addWidget(m_closeButton);
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_verifyMessage);
    layout->addLayout(buttons);

    connect(m_verifyButton, &QPushButton::clicked, this, &HistoryWindow::verifyJournal);
    connect(m_refreshButton, &QPushButton::clicked, this, &HistoryWindow::refresh);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::close);
    auto *f5 = new QShortcut(QKeySequence::Refresh, this);
    connect(f5, &QShortcut::activated, this, &HistoryWindow::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryWindow::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryWindow::updateCount);

    if (!m_journal || !m_journal->isOpen()) {
        m_journalMessage->showMessage(InlineMessage::Level::Error,
                                      m_journal ? m_journal->errorString()
                                                : tr("There is no change journal."));
        m_verifyButton->setEnabled(false);
    }
    resize(character * 150, fontMetrics().height() * 30);
    applyFilter();
}

HistoryWindow::~HistoryWindow()
{
    stopVerifying();
}

void HistoryWindow::buildFilters()
{
    m_userEdit = new QLineEdit(this);
    m_userEdit->setObjectName(QStringLiteral("historyUserEdit"));
    m_userEdit->setAccessibleName(tr("User ID"));
    m_userEdit->setPlaceholderText(tr("Every user"));
    m_userEdit->setClearButtonEnabled(true);
    m_profileCombo = new QComboBox(this);
    m_profileCombo->setObjectName(QStringLiteral("historyProfileCombo"));
    m_profileCombo->setAccessibleName(tr("Profile"));
    m_profileCombo->addItem(tr("All profiles"), QString());
    m_textEdit = new QLineEdit(this);
    m_textEdit->setObjectName(QStringLiteral("historyTextEdit"));
    m_textEdit->setAccessibleName(tr("Search the history"));
    m_textEdit->setPlaceholderText(tr("Login, address, user ID or profile"));
    m_textEdit->setClearButtonEnabled(true);

    auto *row = new QHBoxLayout;
    const auto add = [this, row](const QString &text, QWidget *field, int stretch) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field, stretch);
    };
    add(tr("&User ID:"), m_userEdit, 1);
    add(tr("&Profile:"), m_profileCombo, 0);
    add(tr("&Search:"), m_textEdit, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_journalMessage);
    layout->addLayout(row);

    // Typing filters after a pause; Enter or a profile choice at once.
    m_typingPause = new QTimer(this);
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(typingPauseMs);
    connect(m_typingPause, &QTimer::timeout, this, &HistoryWindow::applyFilter);
    for (QLineEdit *edit : { m_userEdit, m_textEdit }) {
        connect(edit, &QLineEdit::textEdited, m_typingPause, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::returnPressed, this, &HistoryWindow::applyFilter);
    }
    connect(m_profileCombo, &QComboBox::activated, this, &HistoryWindow::applyFilter);
}

void HistoryWindow::setProfileNames(const QStringList &names)
{
    const QString current = m_profileCombo->currentData().toString();
    while (m_profileCombo->count() > 1)
        m_profileCombo->removeItem(1);
    for (const QString &name : names)
        m_profileCombo->addItem(name, name);
    if (!current.isEmpty() && m_profileCombo->findData(current) < 0)
        m_profileCombo->addItem(current, current); // a profile removed since, still journaled
    m_profileCombo->setCurrentIndex(std::max(0, m_profileCombo->findData(current)));
}

void HistoryWindow::showUser(const QString &userId, const QString &profile)
{
    m_userEdit->setText(userId);
    m_textEdit->clear();
    if (!profile.isEmpty() && m_profileCombo->findData(profile) < 0)
        m_profileCombo->addItem(profile, profile);
    m_profileCombo->setCurrentIndex(std::max(0, m_profileCombo->findData(profile)));
    applyFilter();
}

void HistoryWindow::applyFilter()
{
    m_typingPause->stop();
    ChangeJournal::Filter filter;
    filter.userId = m_userEdit->text().trimmed();
    filter.profile = m_profileCombo->currentData().toString();
    filter.text = m_textEdit->text().trimmed();
    m_model->setFilter(filter);
}

void HistoryWindow::refresh()
{
    m_model->reload();
}

void HistoryWindow::updateCount()
{
    const int shown = m_model->rowCount();
    if (shown == 0) {
        const ChangeJournal::Filter &filter = m_model->filter();
        const bool filtered =
            !filter.userId.isEmpty() || !filter.profile.isEmpty() || !filter.text.isEmpty();
        m_count->setText(filtered ? tr("No change matches the filter.")
                                  : tr("No email change has been journaled yet."));
    } else if (m_model->hasMore()) {
        m_count->setText(tr("The newest %1 changes, newest first; scroll down for older ones.")
                             .arg(QLocale().toString(shown)));
    } else {
        m_count->setText(shown == 1
                             ? tr("1 change.")
                             : tr("%1 changes, newest first.").arg(QLocale().toString(shown)));
    }
}

void HistoryWindow::verifyJournal()
{
    if (m_verifier || !m_journal || !m_journal->isOpen())
        return;
    m_verifyButton->setEnabled(false);
    m_verifyMessage->showMessage(InlineMessage::Level::Information,
                                 tr("Verifying the journal\u2026"));
    // Its own connection on its own thread: a ChangeJournal is used from one thread only.
    auto result = std::make_shared<JournalVerifier::Result>();
    const QString path = m_journal->path();
    QThread *thread = QThread::create([path, result] {
        ChangeJournal journal(path);
        if (journal.open())
            *result = JournalVerifier::verify(journal);
        else
            result->problem = journal.errorString();
    });
    m_verifier = thread;
    connect(thread, &QThread::finished, this, [this, thread, result] {
        m_verifier = nullptr; // done, even before the deferred delete runs
        thread->deleteLater();
        verificationDone(*result);
    });
    thread->start();
}

void HistoryWindow::verificationDone(const JournalVerifier::Result &result)
{
    m_verifyButton->setEnabled(true);
    // What the table shows should be what was just checked.
    m_model->reload();
    if (result.intact) {
        m_verifyMessage->showMessage(
            InlineMessage::Level::Success,
            result.entries == 0
                ? tr("The journal is intact; it has no entries yet.")
                : tr("Intact: %1 entries, none altered, removed or inserted. Last hash: %2")
                      .arg(QLocale().toString(result.entries), result.headHash));
    } else if (result.firstBadSequence > 0) {
        m_verifyMessage->showMessage(
            InlineMessage::Level::Error,
            result.entries == 0
                ? tr("The journal was tampered with: %1.").arg(result.problem)
                : tr("The journal was tampered with: %1. The %2 entries before it are intact.")
                      .arg(result.problem, QLocale().toString(result.entries)));
    } else {
        m_verifyMessage->showMessage(InlineMessage::Level::Error,
                                     tr("The journal cannot be verified: %1").arg(result.problem));
    }
    emit verified(result);
}

void HistoryWindow::stopVerifying()
{
    // The thread reads its own copy of the journal; only this window waits for it.
    if (QThread *thread = m_verifier.data()) {
        disconnect(thread, nullptr, this, nullptr);
        thread->wait();
        delete thread;
    }
}
