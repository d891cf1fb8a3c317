#include "UserLookup.h"

#include "IdentityBackend.h"
#include "PagePipeline.h"
#include "ServiceJob.h"

#include <QLocale>

#include <memory>

namespace {
qsizetype prefixLength(const QString &text, QLatin1String prefix)
{
    return text.startsWith(prefix, Qt::CaseInsensitive) ? prefix.size() : 0;
}
} // namespace

UserQuery UserLookup::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    UserQuery query;
    if (const qsizetype length = prefixLength(trimmed, QLatin1String("id:"))) {
        query.match = UserQuery::Match::ExactId;
        query.text = trimmed.mid(length).trimmed();
    } else if (const qsizetype length = prefixLength(trimmed, QLatin1String("email:"))) {
        query.match = UserQuery::Match::ExactEmail;
        query.text = trimmed.mid(length).trimmed();
    } else {
        query.match = UserQuery::Match::Contains;
        query.text = trimmed;
    }
    if (query.text.isEmpty())
        query.match = UserQuery::Match::All;
    return query;
}

bool UserLookup::matches(const UserQuery &query, const User &user)
{
    const QString wanted = query.text.trimmed();
    switch (query.match) {
    case UserQuery::Match::All:
        return true;
    case UserQuery::Match::ExactId:
        return !wanted.isEmpty() && user.id == wanted;
    case UserQuery::Match::ExactEmail:
        return !wanted.isEmpty() && user.email.compare(wanted, Qt::CaseInsensitive) == 0;
    case UserQuery::Match::Contains:
        break;
    }
    return false;
}

UserPageJob *UserLookup::scanForEmail(IdentityBackend *backend, const QString &email)
{
    auto *job = new UserPageJob(backend);
    UserQuery wanted;
    wanted.match = UserQuery::Match::ExactEmail;
    wanted.text = email.trimmed();
    if (wanted.text.isEmpty()) {
        job->fail({ ServiceError::Kind::Validation, tr("Enter the email address to look for.") });
        return job;
    }
    // A child of the job: cancelling or deleting the job aborts the scan's requests.
    auto *pipeline = new PagePipeline(backend, UserQuery(), PagePipelineSettings(), job);
    const auto found = std::make_shared<QList<User>>();
    QObject::connect(pipeline, &PagePipeline::pageReady, job,
                     [wanted, found](const QList<User> &users) {
                         for (const User &user : users) {
                             if (matches(wanted, user))
                                 found->append(user);
                         }
                     });
    QObject::connect(pipeline, &PagePipeline::progress, job,
                     [job, wanted](qint64 checked, qint64 total) {
                         emit job->progress(scanProgress(wanted.text, checked, total));
                     });
    QObject::connect(pipeline, &PagePipeline::finished, job, [job, pipeline, found] {
        if (pipeline->status() != PagePipeline::Status::Complete) {
            job->fail(pipeline->error());
            return;
        }
        UserPage page;
        page.users = *found;
        page.totalCount = page.users.size();
        job->succeed(std::move(page));
    });
    pipeline->start();
    return job;
}

QString UserLookup::noMatch(const UserQuery &query)
{
    switch (query.match) {
    case UserQuery::Match::ExactId:
        return tr("No user has the id %1.").arg(query.text);
    case UserQuery::Match::ExactEmail:
        return tr("No user has the address %1.").arg(query.text);
    case UserQuery::Match::Contains:
        return tr("No user matches \"%1\".").arg(query.text);
    case UserQuery::Match::All:
        break;
    }
    return tr("There are no users.");
}

QString UserLookup::textSearchUnsupported(const QString &apiName)
{
    return tr("%1 cannot search users by text; look one up with id:USER_ID or email:ADDRESS.")
        .arg(apiName);
}

QString UserLookup::scanProgress(const QString &email, qint64 checked, qint64 total)
{
    const QLocale locale;
    return total >= 0
        ? tr("Looking through every user for %1: %2 of %3 checked")
              .arg(email, locale.toString(checked), locale.toString(total))
        : tr("Looking through every user for %1: %2 checked").arg(email, locale.toString(checked));
}
