#include "FileChooser.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

FileChooser::FileChooser(const QString &dialogTitle, const QString &nameFilter, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_title(dialogTitle)
    , m_filter(nameFilter)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_browse);
    // No focus proxy: Qt 6.4's Tab visits a proxied container at its own place in the focus
    // chain, behind the dialog's last button, and lands in the line edit a second time. Labels
    // name the line edit as their buddy instead.
    connect(m_browse, &QPushButton::clicked, this, &FileChooser::browse);
}

void FileChooser::browse()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    const QFileInfo current(m_edit->text().trimmed());
    const QString folder = current.isAbsolute() ? current.absolutePath() : QString();
    m_dialog = new QFileDialog(this, m_title, folder, m_filter);
    m_dialog->setObjectName(QStringLiteral("fileChooserDialog"));
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setFileMode(QFileDialog::ExistingFile);
    m_dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(m_dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_edit->setText(path);
        emit chosen(path);
    });
    m_dialog->open();
}

QFileDialog *FileChooser::ask(QWidget *parent, const QString &title, const QStringList &nameFilters,
                              QFileDialog::AcceptMode mode,
                              std::function<void(const QString &path)> chosen)
{
    auto *dialog = new QFileDialog(parent, title);
    dialog->setObjectName(QStringLiteral("fileChooserDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(mode);
    dialog->setFileMode(mode == QFileDialog::AcceptOpen ? QFileDialog::ExistingFile
                                                        : QFileDialog::AnyFile);
    dialog->setNameFilters(nameFilters);
    if (mode == QFileDialog::AcceptSave && !nameFilters.isEmpty()) {
        // "CSV (*.csv)" -> "csv"
        const QString &filter = nameFilters.constFirst();
        const qsizetype dot = filter.indexOf(QLatin1String("*."));
        if (dot >= 0)
            dialog->setDefaultSuffix(filter.mid(dot + 2)
                                         .section(QLatin1Char(')'), 0, 0)
                                         .section(QLatin1Char(' '), 0, 0));
    }
    QObject::connect(dialog, &QFileDialog::fileSelected, parent,
                     [chosen = std::move(chosen)](const QString &path) { chosen(path); });
    dialog->open();
    return dialog;
}
