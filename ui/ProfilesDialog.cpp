#include "ProfilesDialog.h"

#include "BuiltInProfileNotice.h"
#include "BusyStatus.h"
#include "ConnectionTestController.h"
#include "ErrorBanner.h"
#include "MemorySecretStore.h"
#include "ProfileEditor.h"
#include "ProfileListPanel.h"
#include "ProfileRemoveBar.h"
#include "ProfileStore.h"
#include "ProfilesDialogButtons.h"
#include "SecretStore.h"
#include "WrappedTextFit.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

ProfilesDialog::ProfilesDialog(ProfileStore *profiles, SecretStore *keychain,
                               MemorySecretStore *session, QNetworkAccessManager *network,
                               QWidget *parent)
    : QDialog(parent)
    , m_store(profiles)
    , m_saveTask(new ProfileSaveTask(profiles, keychain, session, this))
{
    setWindowTitle(tr("Connection Profiles"));
    setAccessibleName(tr("Connection profiles"));

    m_banner = new ErrorBanner(this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_builtInNotice = std::make_unique<BuiltInProfileNotice>(m_banner);
    m_removeBar = new ProfileRemoveBar(this);
    m_removeBar->setObjectName(QStringLiteral("removeBar"));
    m_profiles = new ProfileListPanel(this);
    m_profiles->setObjectName(QStringLiteral("profilePanel"));
    m_editor = new ProfileEditor(this);
    m_editor->setObjectName(QStringLiteral("editor"));
    m_busyStatus = new BusyStatus(this);
    m_busyStatus->setObjectName(QStringLiteral("busyStatus"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_removeBar);
    auto *body = new QHBoxLayout;
    layout->addLayout(body, 1);
    body->addWidget(m_profiles, 2);
    body->addWidget(m_editor, 3);
    layout->addWidget(m_busyStatus);
    buildButtons();
    m_test = new ConnectionTestController(network, keychain, session, m_banner, *m_buttons, this);
    setTabOrderChain();

    connect(m_banner, &ErrorBanner::actionTriggered, this, &ProfilesDialog::keepForSession);
    connect(m_removeBar, &ProfileRemoveBar::removeConfirmed, this, &ProfilesDialog::removeProfile);
    connect(m_removeBar, &ProfileRemoveBar::kept, m_profiles, &ProfileListPanel::focusList);
    connect(m_profiles, &ProfileListPanel::selectionChanged, this, [this] {
        m_removeBar->dismiss();
        if (m_mode == Mode::Viewing)
            showSelected();
        updateBuiltInNotice();
        updateButtons();
    });
    connect(m_profiles, &ProfileListPanel::addRequested, this, &ProfilesDialog::startAdd);
    connect(m_profiles, &ProfileListPanel::editRequested, this, &ProfilesDialog::startEdit);
    connect(m_profiles, &ProfileListPanel::removeRequested, this, &ProfilesDialog::askRemove);
    connect(m_editor, &ProfileEditor::validityChanged, this, &ProfilesDialog::updateButtons);
    connect(m_editor, &ProfileEditor::edited, this, [this] {
        // The offer belongs to the input it was made for.
        if (m_saveTask->canKeepForSession()) {
            m_saveTask->abandon();
            m_banner->clear();
        }
        updateButtons();
    });
    connect(m_saveTask, &ProfileSaveTask::saved, this, &ProfilesDialog::saved);
    connect(m_saveTask, &ProfileSaveTask::failed, this, &ProfilesDialog::saveFailed);
    connect(m_saveTask, &ProfileSaveTask::keyringUnavailable, this,
            &ProfilesDialog::offerSessionOnly);
    connect(m_test, &ConnectionTestController::started, this,
            [this](const QString &status) { setBusy(Busy::Testing, status); });
    connect(m_test, &ConnectionTestController::ended, this, [this] { setBusy(Busy::Idle); });

    if (m_store) {
        connect(m_store, &ProfileStore::profilesChanged, this, &ProfilesDialog::reloadList);
        if (m_store->error() != ProfileStore::Error::NoError)
            m_banner->showMessage(ErrorBanner::Level::Error,
                                  tr("The saved profiles could not be read."),
                                  m_store->errorString());
    }
    reloadList();
    setMode(Mode::Viewing);
    // Room for the form's messages without a wall of wrapping.
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 120, 0)));
}

bool ProfilesDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show)
        WrappedTextFit::growToFit(*this); // messages that appeared after the dialog was shown
    return handled;
}

ProfilesDialog::~ProfilesDialog()
{
    m_saveTask->abandon();
    m_test->stop();
}

void ProfilesDialog::buildButtons()
{
    auto *row = new QHBoxLayout;
    m_buttons = std::make_unique<ProfilesDialogButtons>(this, row);
    static_cast<QVBoxLayout *>(layout())->addLayout(row);
    connect(m_buttons->test, &QPushButton::clicked, this, &ProfilesDialog::testConnection);
    connect(m_buttons->discard, &QPushButton::clicked, this, &ProfilesDialog::discardChanges);
    connect(m_buttons->save, &QPushButton::clicked, this, &ProfilesDialog::save);
    connect(m_buttons->close, &QPushButton::clicked, this, &ProfilesDialog::reject);
}

void ProfilesDialog::setTabOrderChain()
{
    // Reading order: the list and its buttons, the form top to bottom, then the dialog's row.
    QList<QWidget *> chain = m_profiles->focusChain();
    chain << m_editor->inputs();
    chain << m_buttons->inTabOrder();
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

QString ProfilesDialog::selectedProfile() const
{
    return m_profiles->selectedName();
}

void ProfilesDialog::selectProfile(const QString &name)
{
    m_profiles->select(name);
}

void ProfilesDialog::setBuiltInProfiles(const QList<ConnectionProfile> &profiles)
{
    m_builtIn = profiles;
    reloadList();
    updateBuiltInNotice();
}

void ProfilesDialog::updateBuiltInNotice()
{
    m_builtInNotice->update(selectedProfile(), m_profiles->isSelectedReadOnly());
}

void ProfilesDialog::reloadList()
{
    m_profiles->setProfiles(m_store ? m_store->profiles() : QList<ConnectionProfile>(), m_builtIn);
    if (m_mode == Mode::Viewing)
        showSelected();
    updateTakenNames();
    updateButtons();
}

void ProfilesDialog::showSelected()
{
    std::optional<ConnectionProfile> profile;
    if (m_profiles->isSelectedReadOnly()) {
        for (const ConnectionProfile &builtIn : m_builtIn) {
            if (builtIn.name == selectedProfile())
                profile = builtIn;
        }
    } else if (m_store) {
        profile = m_store->find(selectedProfile());
    }
    if (profile)
        m_editor->startEdit(*profile);
    else
        m_editor->startNew();
}

void ProfilesDialog::setMode(Mode mode)
{
    m_mode = mode;
    if (mode == Mode::Viewing)
        showSelected();
    updateTakenNames();
    updateButtons();
}

void ProfilesDialog::updateTakenNames()
{
    // An edited profile may keep its own name but take no other profile's.
    QStringList others;
    if (m_store && m_mode != Mode::Viewing) {
        others = m_store->names();
        others.removeAll(m_editor->originalName());
    }
    m_editor->setTakenNames(others);
}

void ProfilesDialog::setBusy(Busy busy, const QString &text)
{
    m_busy = busy;
    if (busy == Busy::Idle)
        m_busyStatus->stop();
    else
        m_busyStatus->start(text);
    updateButtons();
}

void ProfilesDialog::updateButtons()
{
    const bool idle = m_busy == Busy::Idle;
    const bool viewing = m_mode == Mode::Viewing;
    const bool selected = !selectedProfile().isEmpty();

    m_profiles->setActive(idle && viewing, m_store);
    m_editor->setEnabled(idle && !viewing);
    m_banner->actionButton()->setEnabled(idle);
    m_removeBar->setEnabled(idle);

    m_buttons->test->setEnabled(idle && m_editor->settingsValid() && (selected || !viewing));
    m_buttons->cancel->setVisible(m_busy == Busy::Testing);
    m_buttons->discard->setVisible(!viewing);
    m_buttons->discard->setEnabled(idle);
    m_buttons->save->setVisible(!viewing);
    m_buttons->save->setEnabled(idle && m_editor->isValid());
    QStringList problems;
    for (const ProfileProblem &problem : m_editor->problems())
        problems.append(problem.message);
    m_buttons->save->setToolTip(problems.join(QLatin1Char('\n')));
    m_buttons->close->setEnabled(m_busy != Busy::Saving);
    m_buttons->save->setDefault(!viewing);
}

void ProfilesDialog::startAdd()
{
    m_banner->clear();
    m_removeBar->dismiss();
    m_editor->startNew();
    setMode(Mode::Adding);
    m_editor->firstInput()->setFocus();
}

void ProfilesDialog::startEdit()
{
    if (m_mode != Mode::Viewing || m_busy != Busy::Idle || selectedProfile().isEmpty()
        || m_profiles->isSelectedReadOnly())
        return;
    m_banner->clear();
    m_removeBar->dismiss();
    showSelected();
    setMode(Mode::Editing);
    m_editor->firstInput()->setFocus();
}

void ProfilesDialog::discardChanges()
{
    if (m_busy != Busy::Idle)
        return;
    m_banner->clear();
    m_saveTask->abandon();
    setMode(Mode::Viewing);
    m_profiles->focusList();
}

void ProfilesDialog::askRemove()
{
    if (m_mode != Mode::Viewing || m_busy != Busy::Idle || selectedProfile().isEmpty()
        || m_profiles->isSelectedReadOnly())
        return;
    m_banner->clear();
    m_removeBar->ask(selectedProfile());
}

void ProfilesDialog::removeProfile(const QString &name)
{
    if (!m_store || m_busy != Busy::Idle)
        return;
    if (!m_store->remove(name)) {
        m_banner->showMessage(ErrorBanner::Level::Error,
                              tr("The profile \"%1\" was not removed.").arg(name),
                              m_store->errorString());
        return;
    }
    m_saveTask->forgetSecrets(name);
    m_banner->showMessage(ErrorBanner::Level::Information,
                          tr("Removed the profile \"%1\".").arg(name));
    emit profilesChanged();
    m_profiles->focusList();
}

void ProfilesDialog::save()
{
    if (m_mode == Mode::Viewing || m_busy != Busy::Idle || !m_editor->isValid())
        return;
    m_banner->clear();
    const ConnectionProfile profile = m_editor->profile();
    setBusy(Busy::Saving, tr("Saving the profile \"%1\"\u2026").arg(profile.name));
    m_saveTask->start(profile, m_editor->secret(),
                      m_mode == Mode::Editing ? m_editor->originalName() : QString());
}

void ProfilesDialog::offerSessionOnly(const QString &message)
{
    setBusy(Busy::Idle);
    m_banner->showMessage(ErrorBanner::Level::Error,
                          tr("The system keyring is not available, so nothing was saved."),
                          message);
    if (m_saveTask->canKeepForSession())
        m_banner->setAction(tr("&Keep the secret for this session only"),
                            tr("Keep the secret for this session only"));
    m_banner->actionButton()->setFocus();
}

void ProfilesDialog::keepForSession()
{
    if (m_busy != Busy::Idle || !m_saveTask->canKeepForSession())
        return;
    m_banner->clear();
    setBusy(Busy::Saving, tr("Saving the profile \"%1\"\u2026").arg(m_editor->profile().name));
    m_saveTask->keepForSession();
}

void ProfilesDialog::saved(const ConnectionProfile &profile, ProfileSaveTask::SecretPlace place)
{
    m_editor->clearSecret();
    setBusy(Busy::Idle);
    setMode(Mode::Viewing);
    selectProfile(profile.name);
    if (place == ProfileSaveTask::SecretPlace::Session)
        m_banner->showMessage(ErrorBanner::Level::Information,
                              tr("Saved the profile \"%1\"; its secret is kept for this session "
                                 "only.")
                                  .arg(profile.name),
                              tr("Type the secret again after restarting IdentityDesk, or save "
                                 "the profile again once the keyring works."));
    else
        m_banner->showMessage(ErrorBanner::Level::Information,
                              tr("Saved the profile \"%1\".").arg(profile.name));
    emit profilesChanged();
    m_profiles->focusList();
}

void ProfilesDialog::saveFailed(const QString &headline, const QString &details)
{
    setBusy(Busy::Idle);
    m_banner->showMessage(ErrorBanner::Level::Error, headline, details);
    m_editor->firstInput()->setFocus();
}

void ProfilesDialog::testConnection()
{
    if (m_busy != Busy::Idle || !m_editor->settingsValid())
        return;
    // An empty secret field means the stored secret, which a new profile does not have.
    m_test->start(m_editor->profile().settings, m_editor->secret(),
                  m_mode == Mode::Adding ? QString() : m_editor->originalName());
}

void ProfilesDialog::reject()
{
    if (m_busy == Busy::Testing) {
        // Escape while testing stops the test, not the dialog.
        m_test->cancel();
        return;
    }
    // While saving, wait: the keyring answers (or times out) shortly, and closing now would
    // leave a secret stored without its profile.
    if (m_busy == Busy::Saving)
        return;
    QDialog::reject();
}

void ProfilesDialog::done(int result)
{
    m_test->stop();
    m_saveTask->abandon();
    m_busy = Busy::Idle;
    m_busyStatus->stop();
    m_editor->clearSecret();
    m_banner->clear();
    setMode(Mode::Viewing);
    QDialog::done(result);
}
