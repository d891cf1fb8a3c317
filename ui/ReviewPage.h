#pragma once

#include "EmailChange.h"

#include <QWidget>

class QLabel;

/// The change-email dialog's confirmation step, inside the dialog instead of a nested modal
/// box: "Change the email of X from A to B?" and what will happen afterwards.
class ReviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPage(QWidget *parent = nullptr);

    void prepare(const QString &userName, const QString &currentEmail,
                 const EmailChangeRequest &request, const QString &afterChange);

private:
    QLabel *m_question = nullptr;
    QLabel *m_details = nullptr;
};
