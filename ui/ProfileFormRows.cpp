#include "ProfileFormRows.h"

#include "InlineMessage.h"

#include <QFormLayout>
#include <QLabel>

ProfileFormRows::ProfileFormRows(QWidget *form, QFormLayout *layout)
    : m_form(form)
    , m_layout(layout)
{ }

QLabel *ProfileFormRows::add(const QString &field, QWidget *input, const QString &label)
{
    Row row;
    row.input = input;
    row.label = new QLabel(label, m_form);
    row.label->setBuddy(input);
    row.message = new InlineMessage(m_form);
    row.message->setObjectName(field + QStringLiteral("Message"));
    // The message has a row of its own below the input, so a wrapped one gets its full
    // height; an empty message hides itself (the editor leaves hidden inputs' empty).
    m_layout->addRow(row.label, input);
    m_layout->addRow(QString(), row.message);
    m_rows.insert(field, row);
    return row.label;
}

void ProfileFormRows::setLabel(const QString &field, const QString &text)
{
    const Row &row = m_rows[field];
    row.label->setText(text);
    QString plain = text;
    plain.remove(QLatin1Char('&'));
    if (plain.endsWith(QLatin1Char(':')))
        plain.chop(1);
    row.input->setAccessibleName(plain);
}

void ProfileFormRows::setShown(const QString &field, bool shown)
{
    m_layout->setRowVisible(m_rows[field].input, shown);
}

bool ProfileFormRows::isShown(const QString &field) const
{
    const auto row = m_rows.constFind(field);
    return row != m_rows.cend() && !row->input->isHidden();
}

void ProfileFormRows::showMessage(const QString &field, const QString &message)
{
    const auto row = m_rows.constFind(field);
    if (row != m_rows.cend())
        row->message->showMessage(InlineMessage::Level::Error, message);
}

QString ProfileFormRows::messageFor(const QString &field) const
{
    const auto row = m_rows.constFind(field);
    return row == m_rows.cend() ? QString() : row->message->text();
}
