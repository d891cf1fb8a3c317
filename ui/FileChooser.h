#pragma once

#include <QFileDialog>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>

class QLineEdit;
class QPushButton;

/// A file path input with a "Browse…" button beside it. The file dialog is opened with open()
/// (no nested event loop); a chosen file replaces the text and emits chosen(), just as typing
/// emits the line edit's textEdited().
class FileChooser : public QWidget
{
    Q_OBJECT
public:
    /// `nameFilter` as for QFileDialog ("PEM (*.pem);;All (*)").
    FileChooser(const QString &dialogTitle, const QString &nameFilter, QWidget *parent = nullptr);

    /// A file dialog for `parent`, opened with open() (no nested event loop), that calls
    /// `chosen` with the file picked and deletes itself when closed. Saving adds the first
    /// filter's ending to a name without one.
    static QFileDialog *ask(QWidget *parent, const QString &title, const QStringList &nameFilters,
                            QFileDialog::AcceptMode mode,
                            std::function<void(const QString &path)> chosen);

    QLineEdit *lineEdit() const { return m_edit; }
    QPushButton *browseButton() const { return m_browse; }

signals:
    void chosen(const QString &path);

private:
    void browse();

    QLineEdit *m_edit = nullptr;
    QPushButton *m_browse = nullptr;
    QString m_title;
    QString m_filter;
    QPointer<QFileDialog> m_dialog;
};
