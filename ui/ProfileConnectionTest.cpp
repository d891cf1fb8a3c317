#include "ProfileConnectionTest.h"

#include "BackendFactory.h"
#include "ErrorBanner.h"
#include "ProfileSecretLookup.h"
#include "ServiceError.h"
#include "ServiceJob.h"

#include <QTimer>

ProfileConnectionTest::ProfileConnectionTest(QNetworkAccessManager *network, SecretStore *keychain,
                                             SecretStore *session, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_lookup(new ProfileSecretLookup(keychain, session, this))
{
    connect(m_lookup, &ProfileSecretLookup::finished, this,
            [this](const QString &secret, const QString &problem) {
                if (secret.isEmpty())
                    emit failed(tr("The connection was not tested."), problem);
                else
                    connectWith(secret);
            });
}

ProfileConnectionTest::~ProfileConnectionTest()
{
    cancel();
}

void ProfileConnectionTest::start(const ConnectionSettings &settings, const QString &secret,
                                  const QString &storedProfile)
{
    cancel();
    m_settings = settings;
    if (!secret.isEmpty()) {
        connectWith(secret);
    } else if (!storedProfile.isEmpty()) {
        m_lookup->start(storedProfile);
    } else {
        // Reported from the event loop like every other result.
        QTimer::singleShot(0, this, [this] {
            emit failed(tr("The connection was not tested."), tr("Type the secret first."));
        });
    }
}

void ProfileConnectionTest::connectWith(const QString &secret)
{
    m_backend = BackendFactory::create(m_network, m_settings, secret, this);
    if (!m_backend) {
        QTimer::singleShot(0, this, [this] {
            emit failed(tr("The connection was not tested."),
                        tr("This kind of connection is not supported."));
        });
        return;
    }
    UserQuery query;
    query.pageSize = 1;
    m_job = m_backend->listUsers(query);
    connect(m_job, &ServiceJob::finished, this, &ProfileConnectionTest::finish);
}

void ProfileConnectionTest::cancel()
{
    m_lookup->cancel();
    if (UserPageJob *job = m_job.data()) {
        m_job = nullptr;
        disconnect(job, nullptr, this, nullptr);
        job->cancel();
    }
    dropBackend();
}

void ProfileConnectionTest::dropBackend()
{
    // Later, not now: the backend's job may be the one reporting right now.
    if (IdentityBackend *backend = m_backend.data())
        backend->deleteLater();
    m_backend = nullptr;
}

void ProfileConnectionTest::finish()
{
    UserPageJob *job = m_job.data();
    if (!job || !m_backend)
        return;
    m_job = nullptr;
    const bool ownAccount = m_backend->capabilities().ownAccountOnly;
    dropBackend();
    if (!job->succeeded()) {
        emit failed(ErrorBanner::headlineFor(job->error(), ErrorBanner::Subject::UserList),
                    job->error().message());
        return;
    }

    const UserPage &page = job->page();
    if (ownAccount) {
        const User me = page.users.value(0);
        const QString who = me.shownName();
        if (me.email.isEmpty())
            emit succeeded(tr("Connected as %1.").arg(who));
        else
            emit succeeded(tr("Connected as %1 (%2).").arg(who, me.email));
        return;
    }
    if (page.totalCount) {
        const qint64 count = *page.totalCount;
        emit succeeded(count == 1 ? tr("Connected: 1 user.")
                                  : tr("Connected: %L1 users.").arg(count));
    } else if (!page.nextPageToken.isEmpty()) {
        emit succeeded(tr("Connected: users are listed (the service does not say how many)."));
    } else {
        const qsizetype count = page.users.size();
        emit succeeded(count == 1 ? tr("Connected: 1 user.")
                                  : tr("Connected: %L1 users.").arg(count));
    }
}
