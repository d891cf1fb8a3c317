#include "AccessibilityScenes.h"

#include "BackendFactory.h"
#include "ChangeEmailDialog.h"
#include "DialogTestSupport.h"
#include "ErrorBanner.h"
#include "ExportDialog.h"
#include "HistoryModel.h"
#include "HistoryWindow.h"
#include "InlineMessage.h"
#include "MainWindow.h"
#include "ProfilesDialog.h"
#include "UserTableView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTest>

namespace {

constexpr int waitMs = 15000;
const QString wrongKey = QStringLiteral("not-the-key");

/// Types into a line edit of `window` as a person would.
bool type(QWidget &window, const char *edit, const QString &text)
{
    auto *input = window.findChild<QLineEdit *>(QString::fromLatin1(edit));
    if (!input)
        return false;
    QTest::keyClicks(input, text);
    return true;
}

bool press(QWidget &window, const char *button)
{
    auto *target = window.findChild<QAbstractButton *>(QString::fromLatin1(button));
    if (!target || !target->isVisible() || !target->isEnabled())
        return false;
    QTest::mouseClick(target, Qt::LeftButton);
    return true;
}

bool choose(QWidget &window, const char *combo, const QString &data)
{
    auto *box = window.findChild<QComboBox *>(QString::fromLatin1(combo));
    const int index = box ? box->findData(data) : -1;
    if (index < 0)
        return false;
    box->setCurrentIndex(index);
    return true;
}

template<typename T>
bool shownSoon(QWidget &window, const char *name)
{
    return QTest::qWaitFor(
        [&window, name] {
            const T *widget = window.findChild<T *>(QString::fromLatin1(name));
            return widget && widget->isVisible();
        },
        waitMs);
}

AccessibilityScene failed(const QString &key, const char *why)
{
    qWarning("scene %s: %s", qPrintable(key), why);
    return {};
}

} // namespace

bool AccessibilityScenes::start()
{
    if (!m_dir.isValid() || !m_journal.open())
        return false;
    m_demo = std::make_unique<DemoEnvironment>();
    QSignalSpy ready(m_demo.get(), &DemoEnvironment::ready);
    m_demo->start();
    if (!ready.wait(10000) || !ready.first().first().toBool())
        return false;

    // Stored profiles for the profiles dialog (one with a wrong key for a failed test), the
    // demo's in memory for the main window, plus one of those with a wrong key.
    m_store = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("profiles.json")));
    if (!m_store->load())
        return false;
    const DemoProfile gcore = *m_demo->profile(QStringLiteral("gcore"));
    for (const auto &[name, secret] : { std::pair(QStringLiteral("Staging"), gcore.secret),
                                        std::pair(QStringLiteral("Wrong key"), wrongKey) }) {
        ConnectionProfile profile;
        profile.name = name;
        profile.settings = gcore.settings;
        if (!m_store->add(profile))
            return false;
        m_keychain.write(name, secret);
    }
    QList<ConnectionProfile> extra = m_demo->connectionProfiles(&m_session);
    for (const DemoProfile &demo : m_demo->profiles()) {
        m_users.insert(demo.name, DialogTest::firstPage(*backend(demo.name)));
        if (m_users.value(demo.name).isEmpty())
            return false;
    }
    ConnectionProfile wrong = extra.first();
    wrong.name = QStringLiteral("gcore-wrong-key");
    extra.append(wrong);
    m_session.write(wrong.name, wrongKey);
    m_profiles = std::make_unique<ProfileListModel>(m_store.get());
    m_profiles->setExtraProfiles(extra);
    return true;
}

QList<std::pair<QString, QString>> AccessibilityScenes::rows()
{
    QList<std::pair<QString, QString>> rows {
        { QStringLiteral("main window"), QStringLiteral("main") },
        { QStringLiteral("main window, error banner"), QStringLiteral("main-banner") },
        { QStringLiteral("main window, no loaded user matches"), QStringLiteral("main-nomatch") },
        { QStringLiteral("change history, journal verified"), QStringLiteral("history") },
        { QStringLiteral("export users"), QStringLiteral("export") },
    };
    for (const char *profile : { "gcore", "zitadel", "zitadel-self", "codearts", "acronis" })
        rows.append({ QStringLiteral("change email form, %1").arg(QLatin1String(profile)),
                      QStringLiteral("change:%1").arg(QLatin1String(profile)) });
    rows += {
        { QStringLiteral("change email, invalid address"), QStringLiteral("change-invalid:gcore") },
        { QStringLiteral("change email, review"), QStringLiteral("change-review:zitadel") },
        { QStringLiteral("change email, error beside field"),
          QStringLiteral("change-field-error:gcore") },
        { QStringLiteral("change email, error banner"), QStringLiteral("change-banner:gcore") },
        { QStringLiteral("change email, verify code"),
          QStringLiteral("change-verify:zitadel-self") },
        { QStringLiteral("profiles, list"), QStringLiteral("profiles-list") },
        { QStringLiteral("profiles, remove bar"), QStringLiteral("profiles-remove") },
        { QStringLiteral("profiles, test failed"), QStringLiteral("profiles-test:Wrong key") },
        { QStringLiteral("profiles, test succeeded"), QStringLiteral("profiles-test:Staging") },
    };
    for (const BackendKind kind : ConnectionProfile::allKinds()) {
        for (const AuthMethod method : ConnectionProfile::supportedAuthMethods(kind)) {
            const QString which = ConnectionProfile::kindName(kind) + QLatin1Char('/')
                + ConnectionProfile::authMethodName(method);
            rows.append({ QStringLiteral("profiles editor, ") + which,
                          QStringLiteral("profiles-editor:") + which });
        }
    }
    return rows;
}

void AccessibilityScenes::addRows()
{
    QTest::addColumn<QString>("scene");
    for (const auto &[tag, key] : rows())
        QTest::newRow(qPrintable(tag)) << key;
}

const QList<User> &AccessibilityScenes::users(const QString &profile) const
{
    static const QList<User> none;
    const auto found = m_users.constFind(profile);
    return found == m_users.cend() ? none : *found;
}

std::unique_ptr<IdentityBackend> AccessibilityScenes::backend(const QString &profile,
                                                              const QString &secret)
{
    const DemoProfile demo = m_demo->profile(profile).value_or(DemoProfile());
    return std::unique_ptr<IdentityBackend>(
        BackendFactory::create(&m_network, demo.settings, secret.isEmpty() ? demo.secret : secret));
}

bool AccessibilityScenes::showActive(QWidget *window)
{
    window->show();
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

AccessibilityScene AccessibilityScenes::open(const QString &key)
{
    const QString step = key.section(QLatin1Char(':'), 0, 0);
    const QString argument = key.section(QLatin1Char(':'), 1);
    AccessibilityScene scene;
    if (step == QLatin1String("main"))
        scene = mainWindow(QStringLiteral("zitadel"), false);
    else if (step == QLatin1String("main-banner"))
        scene = mainWindow(QStringLiteral("gcore-wrong-key"), true);
    else if (step == QLatin1String("main-nomatch"))
        scene = noMatch();
    else if (step.startsWith(QLatin1String("change")))
        scene = changeEmail(step, argument);
    else if (step.startsWith(QLatin1String("profiles")))
        scene = profilesDialog(step, argument);
    else if (step == QLatin1String("history"))
        scene = history();
    else if (step == QLatin1String("export"))
        scene = exportDialog();
    if (!scene.window)
        return failed(key, "not opened");
    return scene;
}

AccessibilityScene AccessibilityScenes::mainWindow(const QString &profile, bool expectFailure)
{
    AccessibilityScene scene;
    auto window =
        std::make_unique<MainWindow>(m_profiles.get(), &m_keychain, &m_session, &m_network);
    if (!showActive(window.get()))
        return failed(profile, "the main window is not active");
    QSignalSpy loaded(window.get(), &MainWindow::pageLoaded);
    QSignalSpy failure(window.get(), &MainWindow::loadFailed);
    window->selectProfile(m_profiles->rowForName(profile));
    if (!(expectFailure ? failure : loaded).wait(waitMs))
        return failed(profile, expectFailure ? "no failure" : "no page");
    if (!expectFailure) {
        // A chosen row, as after a click, so the user actions are enabled.
        UserTableView *view = window->tableView();
        view->setCurrentIndex(view->model()->index(0, 0));
        view->setFocus(Qt::OtherFocusReason);
    }
    scene.window = std::move(window);
    return scene;
}

AccessibilityScene AccessibilityScenes::noMatch()
{
    // Gcore: 100 of 200 users loaded, so the panel offers Load all.
    AccessibilityScene scene = mainWindow(QStringLiteral("gcore"), false);
    if (!scene.window || !type(*scene.window, "filterEdit", QStringLiteral("nobody-zq"))
        || !shownSoon<QWidget>(*scene.window, "noMatchPanel"))
        return failed(QStringLiteral("main-nomatch"), "no no-match panel");
    return scene;
}

AccessibilityScene AccessibilityScenes::changeEmail(const QString &step, const QString &profile)
{
    AccessibilityScene scene;
    const bool banner = step == QLatin1String("change-banner");
    scene.backend = backend(profile, banner ? wrongKey : QString());
    const User user = users(profile).value(0);
    const JournaledEmailChange::Context context {
        profile, profile, QStringLiteral("127.0.0.1"), {}
    };
    auto dialog =
        std::make_unique<ChangeEmailDialog>(scene.backend.get(), user, &m_journal, context);
    ChangeEmailDialog &d = *dialog;
    if (!showActive(dialog.get()))
        return failed(step, "the dialog is not active");

    const QString address = QStringLiteral("a11y.%1@example.org").arg(++m_serial);
    const QString password = MockCredentials().gcoreUserPassword;
    bool ok = true;
    if (step == QLatin1String("change-invalid")) {
        ok = type(d, "newEmailEdit", QStringLiteral("not-an-address"))
            && shownSoon<InlineMessage>(d, "newEmailMessage");
    } else if (step == QLatin1String("change-review")) {
        ok = type(d, "newEmailEdit", address) && press(d, "markVerifiedCheck")
            && press(d, "nextButton");
    } else if (step == QLatin1String("change-field-error")) {
        ok = type(d, "newEmailEdit", address) && type(d, "passwordEdit", wrongKey)
            && press(d, "nextButton") && press(d, "changeButton")
            && shownSoon<InlineMessage>(d, "passwordMessage");
    } else if (banner) {
        ok = type(d, "newEmailEdit", address) && type(d, "passwordEdit", password)
            && press(d, "nextButton") && press(d, "changeButton")
            && shownSoon<ErrorBanner>(d, "errorBanner");
    } else if (step == QLatin1String("change-verify")) {
        ok = type(d, "newEmailEdit", address) && press(d, "nextButton") && press(d, "changeButton")
            && shownSoon<QLineEdit>(d, "verifyCodeEdit");
    }
    if (!ok)
        return failed(step, "the dialog did not reach the step");
    scene.window = std::move(dialog);
    return scene;
}

AccessibilityScene AccessibilityScenes::profilesDialog(const QString &step, const QString &argument)
{
    AccessibilityScene scene;
    auto dialog =
        std::make_unique<ProfilesDialog>(m_store.get(), &m_keychain, &m_session, &m_network);
    ProfilesDialog &d = *dialog;
    if (!showActive(dialog.get()))
        return failed(step, "the dialog is not active");
    bool ok = true;
    if (step == QLatin1String("profiles-editor")) {
        ok = press(d, "addButton") && choose(d, "kindCombo", argument.section(u'/', 0, 0))
            && choose(d, "authMethodCombo", argument.section(u'/', 1));
    } else if (step == QLatin1String("profiles-remove")) {
        d.selectProfile(QStringLiteral("Staging"));
        ok = press(d, "removeButton");
    } else if (step == QLatin1String("profiles-test")) {
        d.selectProfile(argument);
        ok = press(d, "testButton") && shownSoon<ErrorBanner>(d, "banner");
    }
    if (!ok)
        return failed(step, "the dialog did not reach the step");
    scene.window = std::move(dialog);
    return scene;
}

AccessibilityScene AccessibilityScenes::history()
{
    // A change made first, so the table has a row (and the change-email scenes add theirs).
    AccessibilityScene change =
        changeEmail(QStringLiteral("change-verify"), QStringLiteral("zitadel-self"));
    if (!change.window)
        return failed(QStringLiteral("history"), "no change was made");
    change.window.reset();
    AccessibilityScene scene;
    auto window = std::make_unique<HistoryWindow>(&m_journal);
    window->setProfileNames({ QStringLiteral("zitadel-self") });
    if (!showActive(window.get()))
        return failed(QStringLiteral("history"), "the history window is not active");
    QSignalSpy verified(window.get(), &HistoryWindow::verified);
    if (window->model()->rowCount() == 0 || !press(*window, "verifyJournalButton")
        || !verified.wait(waitMs))
        return failed(QStringLiteral("history"), "no change shown or not verified");
    window->table()->setCurrentIndex(window->model()->index(0, 0));
    window->table()->setFocus(Qt::OtherFocusReason);
    scene.window = std::move(window);
    return scene;
}

AccessibilityScene AccessibilityScenes::exportDialog()
{
    AccessibilityScene scene;
    auto dialog = std::make_unique<ExportDialog>(users(QStringLiteral("gcore")),
                                                 QList<int> { 0, 1, 2, 3 }, false);
    if (!showActive(dialog.get())
        || !type(*dialog, "exportPathEdit", m_dir.filePath(QStringLiteral("a.csv"))))
        return failed(QStringLiteral("export"), "the dialog is not active");
    scene.window = std::move(dialog);
    return scene;
}
