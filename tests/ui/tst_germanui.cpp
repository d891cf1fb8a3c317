#include "AppTranslation.h"
#include "ChangeEmailDialog.h"
#include "DemoEnvironment.h"
#include "MainWindow.h"
#include "MainWindowTestSupport.h"
#include "MemorySecretStore.h"
#include "ProfileListModel.h"
#include "ProfileStore.h"
#include "ProfilesDialog.h"
#include "TsCatalogue.h"
#include "UserTableView.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>

#include <memory>

/// With --lang de the windows show German throughout: no text a widget shows is the English
/// source of a message the German catalogue translates, and Qt's standard buttons are German.
/// The main window, the change-email dialog for every backend and the profiles dialog.
class tst_GermanUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void mainWindowIsGerman();
    void changeEmailDialogIsGerman_data();
    void changeEmailDialogIsGerman();
    void profilesDialogIsGerman();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &profile);
    /// The texts under `root` that are English although the catalogue has German for them.
    QStringList englishTexts(QWidget *root) const;
    bool isEnglish(const QString &shown) const;

    QTemporaryDir m_settingsDir;
    std::unique_ptr<DemoEnvironment> m_demo;
    QNetworkAccessManager m_network;
    std::unique_ptr<ProfileListModel> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    QSet<QString> m_englishSources;
    QList<QRegularExpression> m_englishPatterns;
};

namespace {

QString withoutAccelerator(QString text)
{
    static const QRegularExpression accelerator(QStringLiteral("&(?=[^&\\s])"));
    text.remove(accelerator);
    return text.replace(QStringLiteral("&&"), QStringLiteral("&")).trimmed();
}

QString plain(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

/// "Connected: %1 users." -> ^Connected: .+ users\.$, when enough of it is literal text to be
/// recognisable; "%1" or "%1 (%2)" alone would match anything.
std::optional<QRegularExpression> patternFor(const QString &source)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?\\d+|%n"));
    const QStringList literals = source.split(placeholder);
    int letters = 0;
    for (const QString &literal : literals) {
        for (const QChar c : literal)
            letters += c.isLetter() ? 1 : 0;
    }
    if (letters < 8 || literals.size() < 2)
        return std::nullopt;
    QStringList escaped;
    for (const QString &literal : literals)
        escaped.append(QRegularExpression::escape(literal));
    return QRegularExpression(QLatin1Char('^') + escaped.join(QStringLiteral(".+"))
                              + QLatin1Char('$'));
}

} // namespace

void tst_GermanUi::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("IdentityDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_germanui"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    const QString problem = AppTranslation::install(qApp, QStringLiteral("de"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    TsCatalogue catalogue;
    QVERIFY2(catalogue.load(QStringLiteral(IDENTITYDESK_GERMAN_TS)),
             qPrintable(catalogue.errorString()));
    for (const TsMessage &message : catalogue.messages()) {
        if (!message.isFinished())
            continue;
        const QString source = withoutAccelerator(plain(message.source));
        if (source == withoutAccelerator(plain(message.translations.constFirst())))
            continue; // "E-Mail", "ID", "ZITADEL": the same in both languages
        if (const auto pattern = patternFor(source))
            m_englishPatterns.append(*pattern);
        else if (!source.contains(QLatin1Char('%')))
            m_englishSources.insert(source);
    }
    // A word that is the German translation of another message is German where it shows
    // ("Profile" is the German plural of "Profil" as well as an English source).
    for (const TsMessage &message : catalogue.messages()) {
        for (const QString &translation : message.translations)
            m_englishSources.remove(withoutAccelerator(plain(translation)));
    }
    QVERIFY(m_englishSources.size() > 100);

    m_demo = std::make_unique<DemoEnvironment>();
    QSignalSpy ready(m_demo.get(), &DemoEnvironment::ready);
    m_demo->start();
    QVERIFY(ready.wait(10000));
    QVERIFY(ready.first().first().toBool());
    m_secrets = std::make_unique<MemorySecretStore>();
    m_profiles = std::make_unique<ProfileListModel>(nullptr);
    m_profiles->setExtraProfiles(m_demo->connectionProfiles(m_secrets.get()));
}

void tst_GermanUi::cleanup()
{
    QSettings().clear();
}

std::unique_ptr<MainWindow> tst_GermanUi::openWindow(const QString &profile)
{
    return MainWindowTest::open(m_profiles.get(), m_secrets.get(), &m_network, profile);
}

bool tst_GermanUi::isEnglish(const QString &shown) const
{
    const QString text = withoutAccelerator(plain(shown));
    if (text.isEmpty())
        return false;
    if (m_englishSources.contains(text))
        return true;
    for (const QRegularExpression &pattern : m_englishPatterns) {
        if (pattern.match(text).hasMatch())
            return true;
    }
    return false;
}

QStringList tst_GermanUi::englishTexts(QWidget *root) const
{
    QStringList found;
    const auto check = [&](const QObject *where, const QString &what, const QString &text) {
        if (isEnglish(text))
            found.append(QStringLiteral("%1 (%2) %3: \"%4\"")
                             .arg(where->objectName(),
                                  QString::fromLatin1(where->metaObject()->className()), what,
                                  text));
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisibleTo(root) && widget != root)
            continue;
        check(widget, QStringLiteral("tooltip"), widget->toolTip());
        check(widget, QStringLiteral("accessible name"), widget->accessibleName());
        check(widget, QStringLiteral("accessible description"), widget->accessibleDescription());
        if (widget->isWindow())
            check(widget, QStringLiteral("title"), widget->windowTitle());
        if (auto *label = qobject_cast<QLabel *>(widget))
            check(widget, QStringLiteral("text"), label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            check(widget, QStringLiteral("text"), button->text());
            if (qobject_cast<QDialogButtonBox *>(widget->parentWidget()))
                check(widget, QStringLiteral("standard button"), button->text());
        }
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            check(widget, QStringLiteral("placeholder"), edit->placeholderText());
        if (auto *group = qobject_cast<QGroupBox *>(widget))
            check(widget, QStringLiteral("title"), group->title());
        if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                check(widget, QStringLiteral("item"), combo->itemText(i));
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
            for (int column = 0; column < view->model()->columnCount(); ++column)
                check(widget, QStringLiteral("header"),
                      view->model()->headerData(column, Qt::Horizontal).toString());
        }
        for (QAction *action : widget->actions()) {
            check(action, QStringLiteral("action"), action->text());
            check(action, QStringLiteral("action tip"), action->statusTip());
            if (action->menu()) {
                for (QAction *item : action->menu()->actions())
                    check(item, QStringLiteral("menu item"), item->text());
            }
        }
    }
    return found;
}

void tst_GermanUi::mainWindowIsGerman()
{
    auto window = openWindow(QStringLiteral("zitadel"));
    QVERIFY(window);
    const QStringList english = englishTexts(window.get());
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
    // The check can see English: the menu bar's first menu is "&File" in the source.
    QVERIFY(!window->menuBar()->actions().isEmpty());
    QVERIFY(!isEnglish(window->menuBar()->actions().constFirst()->text()));
    QVERIFY(isEnglish(QStringLiteral("&File")));
}

void tst_GermanUi::changeEmailDialogIsGerman_data()
{
    QTest::addColumn<QString>("profile");
    for (const char *name : { "gcore", "zitadel", "zitadel-self", "codearts", "acronis" })
        QTest::newRow(name) << QString::fromLatin1(name);
}

void tst_GermanUi::changeEmailDialogIsGerman()
{
    QFETCH(QString, profile);
    auto window = openWindow(profile);
    QVERIFY(window);
    UserTableView *view = window->tableView();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_F2);
    auto *dialog = window->findChild<ChangeEmailDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QStringList english = englishTexts(dialog);
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
    dialog->reject();
}

void tst_GermanUi::profilesDialogIsGerman()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    ProfileStore store(folder.filePath(QStringLiteral("profiles.json")));
    MemorySecretStore keyring;
    for (const char *name : { "acronis", "gcore" }) {
        ConnectionProfile profile;
        profile.name = QStringLiteral("stored-") + QLatin1String(name);
        profile.settings = m_demo->profile(QLatin1String(name))->settings;
        QVERIFY2(store.add(profile), qPrintable(store.errorString()));
    }
    ProfileListModel profiles(&store);
    MainWindow window(&profiles, &keyring, m_secrets.get(), &m_network);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(QStringLiteral("profilesAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    action->trigger();
    auto *dialog = window.findChild<ProfilesDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QStringList english = englishTexts(dialog);
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QLatin1Char('\n'))));
    dialog->close();
}

QTEST_MAIN(tst_GermanUi)
#include "tst_germanui.moc"
