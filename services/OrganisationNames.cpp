#include "OrganisationNames.h"

#include "ServiceJob.h"

OrganisationNames::OrganisationNames(Lookup lookup, QObject *parent)
    : QObject(parent)
    , m_lookup(std::move(lookup))
{ }

void OrganisationNames::fill(User user, QObject *context, std::function<void(User)> then)
{
    fill(QList<User> { std::move(user) }, context,
         [then = std::move(then)](QList<User> users) { then(users.takeFirst()); });
}

void OrganisationNames::fill(QList<User> users, QObject *context,
                             std::function<void(QList<User>)> then)
{
    QSet<QString> missing;
    // A page's users mostly share one organisation: asking the hash once per run of them
    // (qHash of a long id) was 3% of a 100,000-user ZITADEL listing's CPU.
    const QString *previous = nullptr;
    for (const User &user : users) {
        if (user.organisationId.isEmpty() || (previous && user.organisationId == *previous))
            continue;
        previous = &user.organisationId;
        if (!m_names.contains(user.organisationId))
            missing.insert(user.organisationId);
    }
    if (missing.isEmpty()) {
        apply(&users);
        then(std::move(users));
        return;
    }
    m_waiters.append({ context, std::move(users), missing, std::move(then) });
    for (const QString &id : missing) {
        if (m_pending.contains(id))
            continue;
        m_pending.insert(id);
        ++m_lookups;
        ActionJob *job = m_lookup(id);
        job->setParent(this);
        connect(job, &ServiceJob::finished, this, [this, job, id] {
            // A failure is remembered as "no name" too: see the class comment.
            settle(id, job->succeeded() ? job->message() : QString());
        });
    }
}

void OrganisationNames::settle(const QString &organisationId, const QString &name)
{
    m_pending.remove(organisationId);
    m_names.insert(organisationId, name);
    QList<Waiter> ready;
    for (auto it = m_waiters.begin(); it != m_waiters.end();) {
        it->missing.remove(organisationId);
        if (it->missing.isEmpty()) {
            ready.append(std::move(*it));
            it = m_waiters.erase(it);
        } else {
            ++it;
        }
    }
    for (Waiter &waiter : ready) {
        if (!waiter.context)
            continue;
        apply(&waiter.users);
        waiter.then(std::move(waiter.users));
    }
}

void OrganisationNames::apply(QList<User> *users) const
{
    QString previousId;
    QString name;
    for (User &user : *users) {
        if (user.organisationId != previousId) {
            previousId = user.organisationId;
            name = m_names.value(previousId);
        }
        if (!name.isEmpty())
            user.organisationName = name;
    }
}
