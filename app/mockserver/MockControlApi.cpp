#include "MockControlApi.h"

#include "MockRouter.h"

#include <QJsonArray>

MockControlApi::MockControlApi(const MockContext &context, MockRequestStats &stats)
    : m_context(context)
    , m_stats(stats)
{ }

void MockControlApi::registerRoutes(MockRouter &router)
{
    router.add("GET", QStringLiteral("/mock/health"), [](const MockRequest &) {
        return MockResponse::json(
            200, QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") } });
    });
    router.add("GET", QStringLiteral("/mock/stats"),
               [this](const MockRequest &) { return MockResponse::json(200, m_stats.toJson()); });
    router.add("POST", QStringLiteral("/mock/stats/reset"), [this](const MockRequest &) {
        m_stats.reset();
        return MockResponse::json(200, m_stats.toJson());
    });
    router.add("GET", QStringLiteral("/mock/mailbox"), [this](const MockRequest &request) {
        QJsonArray messages;
        for (const MockMail &mail :
             m_context.mailbox.messages(request.queryItem(QStringLiteral("to"))))
            messages.append(mail.toJson());
        return MockResponse::json(200, QJsonObject { { QStringLiteral("messages"), messages } });
    });
}
