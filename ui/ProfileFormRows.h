#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

class InlineMessage;
class QFormLayout;
class QLabel;
class QWidget;

/// The rows of the profile editor's form, kept by field name (a ConnectionProfile JSON field or
/// ProfileEditor::secretField): a label, its input and, in a row of its own below, the
/// input's problems, so that a wrapped message gets its full height. Rows are shown, labelled
/// and given messages by field; the inputs belong to the form.
class ProfileFormRows
{
public:
    /// Adds rows to `layout` with labels and messages as children of `form`.
    ProfileFormRows(QWidget *form, QFormLayout *layout);

    /// Adds the row of `field`; returns its label (the input's buddy).
    QLabel *add(const QString &field, QWidget *input, const QString &label);
    /// Sets the label, and the input's accessible name to the label without '&' and ':'.
    void setLabel(const QString &field, const QString &text);
    void setShown(const QString &field, bool shown);
    /// Whether the form has a row for `field` that is not hidden.
    bool isShown(const QString &field) const;

    /// Shows `message` (may be empty: none) below the input of `field`.
    void showMessage(const QString &field, const QString &message);
    /// The message shown below the input of `field`; empty when none or no such row.
    QString messageFor(const QString &field) const;
    /// The fields that have a row.
    QStringList fields() const { return m_rows.keys(); }

private:
    struct Row
    {
        QLabel *label = nullptr;
        QWidget *input = nullptr;
        InlineMessage *message = nullptr;
    };

    QWidget *m_form;
    QFormLayout *m_layout;
    QHash<QString, Row> m_rows;
};
