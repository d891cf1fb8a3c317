#pragma once

#include "ChangeEmailDialog.h"
#include "IdentityBackend.h"
#include "ServiceJob.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <optional>
#include <utility>

/// Helpers for the change-email dialog tests: waiting for backend jobs, finding widgets and
/// saving screenshots.
namespace DialogTest {

/// Waits for `job` (which deletes itself afterwards); returns its value or nothing on failure.
template<typename Value, typename Job, typename Read>
std::optional<Value> wait(Job *job, Read read, int timeoutMs = 30000)
{
    std::optional<Value> value;
    QObject::connect(job, &ServiceJob::finished, job, [&value, job, read] {
        if (job->succeeded())
            value = read(job);
        else
            qWarning("job failed: %s", qPrintable(job->error().describe()));
    });
    QSignalSpy spy(job, &ServiceJob::finished);
    spy.wait(timeoutMs);
    return value;
}

inline QList<User> firstPage(IdentityBackend &backend, int pageSize = 50)
{
    UserQuery query;
    query.pageSize = pageSize;
    const auto page =
        wait<UserPage>(backend.listUsers(query), [](UserPageJob *job) { return job->page(); });
    return page ? page->users : QList<User>();
}

/// The named child, or null; `T` must match its class.
template<typename T>
T *child(const QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

/// Whether the named child exists and would be visible while `parent` is.
inline bool shown(const QWidget &parent, const char *name)
{
    const QWidget *widget = child<QWidget>(parent, name);
    return widget && widget->isVisibleTo(&parent);
}

inline void click(const QWidget &parent, const char *name)
{
    QPushButton *button = child<QPushButton>(parent, name);
    QVERIFY2(button, name);
    QVERIFY2(button->isVisible() && button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

/// Types `text` into the named line edit over what it held, as a person does (empty: erases).
inline void typeInto(const QWidget &parent, const char *edit, const QString &text)
{
    QLineEdit *input = child<QLineEdit>(parent, edit);
    QVERIFY2(input, edit);
    input->setFocus();
    input->selectAll();
    if (text.isEmpty())
        QTest::keyClick(input, Qt::Key_Backspace);
    else
        QTest::keyClicks(input, text); // replaces the selection, as typing does
    QCOMPARE(input->text(), text);
}

/// Chooses the item of the named combo box whose data is `data`.
inline void chooseData(const QWidget &parent, const char *combo, const QString &data)
{
    QComboBox *box = child<QComboBox>(parent, combo);
    QVERIFY2(box, combo);
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    box->setCurrentIndex(index);
}

/// Saves `widget` as <build>/tests/ui/screenshots/<name>.png.
inline void screenshot(QWidget &widget, const QString &name)
{
    QDir folder(QCoreApplication::applicationDirPath());
    QVERIFY(folder.mkpath(QStringLiteral("screenshots")));
    const QString path = folder.filePath(QStringLiteral("screenshots/%1.png").arg(name));
    QVERIFY2(widget.grab().save(path), qPrintable(path));
}

/// A network access manager that runs a hook right before the next PUT leaves, so a test can
/// make a concurrent change happen exactly between a backend's read and its write.
class InterceptingNetwork : public QNetworkAccessManager
{
public:
    std::function<void(const QNetworkRequest &)> beforeNextPut;

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *data) override
    {
        const bool isPut = operation == PutOperation
            || (operation == CustomOperation
                && request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray() == "PUT");
        if (beforeNextPut && isPut) {
            const auto hook = std::exchange(beforeNextPut, {});
            hook(request);
        }
        return QNetworkAccessManager::createRequest(operation, request, data);
    }
};

} // namespace DialogTest
