#include "DialogTestSupport.h"
#include "ProfileEditor.h"
#include "tst_profilesdialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>

using namespace DialogTest;

void tst_ProfilesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_demo = std::make_unique<DemoEnvironment>();
    QSignalSpy ready(m_demo.get(), &DemoEnvironment::ready);
    m_demo->start();
    QVERIFY(ready.wait(10000));
    QVERIFY(ready.first().first().toBool());
}

void tst_ProfilesDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.json")));
    QVERIFY(m_store->load());
    m_keychain = std::make_unique<MemorySecretStore>();
    m_session = std::make_unique<MemorySecretStore>();
}

void tst_ProfilesDialog::cleanup()
{
    m_store.reset();
    m_keychain.reset();
    m_session.reset();
    m_dir.reset();
}

std::unique_ptr<ProfilesDialog> tst_ProfilesDialog::openDialog(SecretStore *keychain)
{
    auto dialog = std::make_unique<ProfilesDialog>(
        m_store.get(), keychain ? keychain : m_keychain.get(), m_session.get(), &m_network);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        qWarning("the profiles dialog was not exposed");
    return dialog;
}

DemoProfile tst_ProfilesDialog::demo(const QString &name) const
{
    return m_demo->profile(name).value_or(DemoProfile());
}

void tst_ProfilesDialog::seedProfile(const QString &demoName, const QString &name)
{
    const DemoProfile source = demo(demoName);
    QVERIFY(!source.secret.isEmpty());
    ConnectionProfile profile;
    profile.name = name;
    profile.settings = source.settings;
    QVERIFY2(m_store->add(profile), qPrintable(m_store->errorString()));
    SecretJob *job = m_keychain->write(name, source.secret);
    bool ok = false;
    connect(job, &SecretJob::finished, this, [&ok, job] { ok = job->succeeded(); });
    QSignalSpy finished(job, &SecretJob::finished);
    QVERIFY(finished.wait(5000));
    QVERIFY(ok);
}

QString tst_ProfilesDialog::storedSecret(SecretStore &store, const QString &name)
{
    SecretJob *job = store.read(name);
    QString secret;
    connect(job, &SecretJob::finished, this, [&secret, job] { secret = job->secret(); });
    QSignalSpy finished(job, &SecretJob::finished);
    finished.wait(5000);
    return secret;
}

QByteArray tst_ProfilesDialog::profileFile() const
{
    QFile file(m_store->filePath());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void tst_ProfilesDialog::setText(ProfilesDialog &dialog, const char *edit, const QString &text)
{
    typeInto(dialog, edit, text);
}

void tst_ProfilesDialog::chooseData(ProfilesDialog &dialog, const char *combo, const QString &data)
{
    DialogTest::chooseData(dialog, combo, data);
}

QLabel *tst_ProfilesDialog::labelFor(ProfilesDialog &dialog, const char *input)
{
    const QWidget *widget = child<QWidget>(dialog, input);
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (widget && label->buddy() == widget)
            return label;
    }
    return nullptr;
}

QString tst_ProfilesDialog::message(ProfilesDialog &dialog, const QString &field)
{
    const ProfileEditor *editor = dialog.findChild<ProfileEditor *>();
    return editor ? editor->messageFor(field) : QStringLiteral("(no editor)");
}

void tst_ProfilesDialog::fillFrom(ProfilesDialog &dialog, const DemoProfile &profile,
                                  const QString &name, const QString &secret)
{
    click(dialog, "addButton");
    QVERIFY(dialog.isEditing());
    const ConnectionSettings &s = profile.settings;
    chooseData(dialog, "kindCombo", ConnectionProfile::kindName(s.kind));
    chooseData(dialog, "authMethodCombo", ConnectionProfile::authMethodName(s.authMethod));
    setText(dialog, "nameEdit", name);
    setText(dialog, "baseUrlEdit", s.baseUrl.toString());
    const std::pair<const char *, QString> optional[] = {
        { "principalEdit", s.principal },        { "organisationEdit", s.organisationId },
        { "accountEdit", s.accountName },        { "projectEdit", s.projectName },
        { "authUrlEdit", s.authUrl.toString() },
    };
    for (const auto &[edit, text] : optional) {
        if (!text.isEmpty())
            setText(dialog, edit, text);
    }
    if (!secret.isEmpty())
        setText(dialog, "secretEdit", secret);
}
